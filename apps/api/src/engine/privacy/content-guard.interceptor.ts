import { Language, languageFromAcceptLanguage } from '@kring/domain';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import { AuditService } from '../audit/audit.service';
import { KringRequest } from '../auth/viewer';
import { FieldFinding } from './content-guard.errors';
import { ContentGuardService, GuardScope } from './content-guard.service';
import { EscalationCheck } from './escalation.service';
import { LinkVisitor, LinkVisitors } from './link-visitors';
import { textsOfCall } from './text-guard.catalogue';
import { organisationIdsOf } from '../auth/viewer-memberships';
import { Acknowledgement, answersOf } from './utils/answers-of';

/**
 * The one content guard of the GraphQL API, for every query and mutation:
 * after the policy guard has said who calls and for which organisation, and
 * before the resolver runs (so before anything is stored), it reads the
 * String arguments and input fields as they are declared (@GuardedText,
 * @BsnOnlyText, @UnguardedText) and passes them through ContentGuardService.
 * A BSN is refused with BSN_REFUSED; other findings with IDENTIFYING_DETAILS
 * unless the input confirms them: acknowledgeWarnings: true for what the
 * writer's screen could mark itself (the names of the viewer's own
 * organisations), and the ids in acknowledgedFindings for what only the
 * server finds (ContentGuardService.identifyingDetails). A text that looks like
 * a complaint, calamity, abuse or data breach is refused with
 * ESCALATION_PROMPT (the organisation's procedure, the prompt recorded)
 * unless the input says keepFlaggedText: true; then the prompt records
 * "kept" once the save is answered. A page reached by a personal link is
 * guarded the same way, with the names and the procedure its link opens
 * (LinkVisitors). A confirmed save is written to the audit log (that it
 * happened, never the text).
 */
@Injectable()
export class ContentGuardInterceptor implements NestInterceptor<unknown, unknown> {
  constructor(
    private readonly guard: ContentGuardService,
    private readonly audit: AuditService,
    private readonly links: LinkVisitors,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler<unknown>): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Only the operation's own fields carry input; nested field resolvers have no String arguments.
    if (info.path.prev !== undefined) return next.handle();
    const { texts, acknowledged, kept, promptId } = textsOfCall(info.schema, info.parentType.name, info.fieldName, gql.getArgs());
    if (texts.length === 0) return next.handle();
    const req = gql.getContext<{ req: KringRequest }>().req;
    const surface = `${info.parentType.name}.${info.fieldName}`;
    return from(this.check(req, surface, texts, acknowledged, { keep: kept, answers: promptId }, gql.getArgs())).pipe(
      switchMap(({ confirmed, kept }) =>
        next.handle().pipe(
          // Recorded before the answer goes out, so an answered save always has its audit entry and its choice.
          concatMap(async (result) => {
            if (confirmed.length > 0) await this.recordConfirmation(req, info, result);
            if (kept) await this.guard.keptFlagged(kept);
            return result;
          }),
        ),
      ),
    );
  }

  private async check(
    req: KringRequest,
    surface: string,
    texts: ReturnType<typeof textsOfCall>['texts'],
    acknowledged: Acknowledgement,
    { keep, answers }: { keep: ReadonlySet<string>; answers: string | null },
    args: Record<string, unknown>,
  ): Promise<{ confirmed: FieldFinding[]; kept: EscalationCheck | null }> {
    const viewer = await req.kringViewer;
    const language = viewer?.preferredLanguage ?? languageFromAcceptLanguage(req.headers['accept-language']);
    // An operation without a policy scope that saves from a personal link (LinkVisitors): its link says whose page it is.
    const visitor = !req.kringAccess && !req.kringNetworkAccess ? await this.visitor(surface, args, req, texts, language) : null;
    const scope = visitor ? [] : namesScopeOf(req);
    // Whose procedure answers an escalation: the link's organisation, the call's, or the writer's own in the network;
    // signed in without an organisation in the call (the viewer's own profile), that of their first organisation.
    const organisationId =
      visitor?.organisationId ??
      req.kringAccess?.organisationId ??
      req.kringNetworkAccess?.organisationIds[0] ??
      viewer?.memberships.find((m) => m.organisationId)?.organisationId ??
      null;
    const escalation: EscalationCheck = {
      surface,
      keep,
      answers,
      witness: !organisationId
        ? null
        : visitor
          ? { organisationId, participantId: visitor.participantId, storyId: visitor.storyId }
          : { organisationId, personId: viewer?.personId },
    };
    const { confirmed, flagged } = await this.guard.admit(scope, texts, acknowledged, language, escalation, {
      extraPeople: visitor?.extraPeople,
      // The screen of someone signed in was given their own organisations' names; a page reached by a link none.
      device: viewer && !visitor ? { scope: organisationIdsOf(viewer) } : undefined,
    });
    return { confirmed, kept: flagged ? escalation : null };
  }

  /**
   * The link an operation's arguments open, for the operations that registered one. A link that does not open stores
   * nothing, but a BSN typed on it is still answered as one: the BSN rule first, then the link's own refusal.
   */
  private async visitor(
    surface: string,
    args: Record<string, unknown>,
    req: KringRequest,
    texts: ReturnType<typeof textsOfCall>['texts'],
    language: Language,
  ): Promise<LinkVisitor | null> {
    const resolve = this.links.resolver(surface.slice(surface.indexOf('.') + 1));
    if (!resolve) return null;
    try {
      return await resolve(args, req);
    } catch (linkRefused) {
      await this.guard.admit([], texts, EVERY_TEXT_CONFIRMED, language, { surface, keep: true, witness: null });
      throw linkRefused;
    }
  }

  /** Who confirmed identifying details in what (the saved row's type and id), never the text itself. */
  private async recordConfirmation(req: KringRequest, info: GraphQLResolveInfo, result: unknown): Promise<void> {
    const viewer = await req.kringViewer;
    const id =
      result && typeof result === 'object' && typeof (result as { id?: unknown }).id === 'string' ? (result as { id: string }).id : null;
    await this.audit.record({
      action: 'identifying_details_confirmed',
      organisationId: req.kringAccess?.organisationId ?? null,
      personId: viewer?.personId ?? null,
      subjectType: lowerFirst(getNamedType(info.returnType).name),
      subjectId: id ?? undefined,
    });
  }
}

/**
 * For the BSN rule alone on a link that did not open: "Ik heb dit gecontroleerd" for every text. Without names (no
 * organisation, no link) the server finds nothing a screen could not, so this covers every finding but a BSN.
 */
const EVERY_TEXT_CONFIRMED = answersOf({ acknowledgeWarnings: true });

/** "CaseChapter" is audited as "caseChapter", next to the hand-written "case" and "story". */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * Whose names a text is checked against: the organisation the policy guard found, or, in the network, every
 * organisation in it (a visitor hears the host's residents' names all day, and what is written in the network is read
 * across it); none for a call without either.
 */
function namesScopeOf(req: KringRequest): GuardScope {
  if (req.kringAccess) return [req.kringAccess.organisationId];
  return req.kringNetworkAccess?.networkOrganisationIds ?? [];
}
