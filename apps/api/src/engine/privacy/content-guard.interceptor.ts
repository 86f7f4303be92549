import { languageFromAcceptLanguage } from '@kring/domain';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import { AuditService } from '../audit/audit.service';
import { KringRequest } from '../auth/viewer';
import { FieldFinding } from './content-guard.errors';
import { ContentGuardService, GuardScope } from './content-guard.service';
import { textsOfCall } from './text-guard.catalogue';

/**
 * The one content guard of the GraphQL API, for every query and mutation:
 * after the policy guard has said who calls and for which organisation, and
 * before the resolver runs (so before anything is stored), it reads the
 * String arguments and input fields as they are declared (@GuardedText,
 * @BsnOnlyText, @UnguardedText) and passes them through ContentGuardService.
 * A BSN is refused with BSN_REFUSED; other findings with IDENTIFYING_DETAILS
 * unless the input says acknowledgeWarnings: true. A confirmed save is
 * written to the audit log (that it happened, never the text).
 */
@Injectable()
export class ContentGuardInterceptor implements NestInterceptor {
  constructor(
    private readonly guard: ContentGuardService,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    // Only the operation's own fields carry input; nested field resolvers have no String arguments.
    if (info.path.prev !== undefined) return next.handle();
    const { texts, acknowledged } = textsOfCall(info.schema, info.parentType.name, info.fieldName, gql.getArgs());
    if (texts.length === 0) return next.handle();
    const req = gql.getContext<{ req: KringRequest }>().req;
    return from(this.check(req, texts, acknowledged)).pipe(
      switchMap((confirmed) =>
        next.handle().pipe(
          // Recorded before the answer goes out, so an answered save always has its audit entry.
          concatMap(async (result) => {
            if (confirmed.length > 0) await this.recordConfirmation(req, info, result);
            return result;
          }),
        ),
      ),
    );
  }

  private async check(req: KringRequest, texts: ReturnType<typeof textsOfCall>['texts'], acknowledged: ReadonlySet<string>): Promise<FieldFinding[]> {
    const viewer = await req.kringViewer;
    const language = viewer?.preferredLanguage ?? languageFromAcceptLanguage(req.headers['accept-language']);
    return this.guard.require(scopeOf(req), texts, acknowledged, language);
  }

  /** Who confirmed identifying details in what (the saved row's type and id), never the text itself. */
  private async recordConfirmation(req: KringRequest, info: GraphQLResolveInfo, result: unknown): Promise<void> {
    const viewer = await req.kringViewer;
    const id = result && typeof result === 'object' && typeof (result as { id?: unknown }).id === 'string' ? (result as { id: string }).id : null;
    await this.audit.record({
      action: 'identifying_details_confirmed',
      organisationId: req.kringAccess?.organisationId ?? null,
      personId: viewer?.personId ?? null,
      subjectType: lowerFirst(getNamedType(info.returnType).name),
      subjectId: id ?? undefined,
    });
  }
}

/** "CaseChapter" is audited as "caseChapter", next to the hand-written "case" and "story". */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The organisation the policy guard found, or the viewer's organisations in the network; none for a link page. */
function scopeOf(req: KringRequest): GuardScope {
  if (req.kringAccess) return [req.kringAccess.organisationId];
  return req.kringNetworkAccess?.organisationIds ?? [];
}
