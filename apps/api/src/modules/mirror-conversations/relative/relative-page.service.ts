import {
  DEFAULT_RETENTION_DAYS,
  HARVEST_THEMES,
  languageFromAcceptLanguage,
  MirrorConsentScope,
  normaliseMirrorConsent,
  readsLetter,
} from '@kring/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { applyConsent } from '../participants/consent-rows';
import { AuditService } from '../../../engine/audit/audit.service';
import { KringRequest } from '../../../engine/auth/viewer';
import type { PdfFile } from '../../../engine/documents/pdf-file';
import { UserError } from '../../../engine/graphql/user-error';
import { LinkVisitors } from '../../../engine/privacy/link-visitors';
import { TokenLinks } from '../../../engine/throttle/token-links';
import { RelativeInvitationDto } from '../dtos/relative.dto';
import { SaveRelativeResponseInput } from '../dtos/relative.inputs';
import { MirrorLetterService } from '../letter/mirror-letter.service';
import { bumpMirrorVersion, MirrorBroadcaster } from '../live/mirror-broadcaster';
import { ACTIVE_SCOPES, inCatalogueOrder } from '../mirror-rows';
import type { MirrorConsentRow, MirrorThemeAnswerRow } from '../../../engine/database/tables.generated';

/** What a working link opens: the participant and the conversation it belongs to. */
interface LinkRow {
  id: string;
  organisation_id: string;
  conversation_id: string;
  kind: 'relative' | 'resident';
  /** The name the planner invited them by: the guard asks about it on their own page (never about anyone else's). */
  display_name: string;
  language: 'nl' | 'en';
  expires_at: Date;
  relation: string | null;
  legal_representative: boolean | null;
  free_text: string;
  responded_at: Date | null;
  consents: MirrorConsentScope[];
  theme: string;
  scheduled_at: Date;
  started_at: Date | null;
  duration_minutes: number;
  place: string;
  status: 'planned' | 'live' | 'ended' | 'approved' | 'cancelled';
  cancel_message: string;
  rescheduled_from: Date | null;
  organisation_name: string;
  resident_term: string;
  retention_days: number;
}

/**
 * The relative's (or resident's) own page, reached only through their
 * personal link: what a mirror conversation is, their consent per scope,
 * their relation to the resident, and their input beforehand. Everything
 * here is about this one participant; nothing of anyone else is read or shown.
 */
@Injectable()
export class RelativePageService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: TokenLinks,
    private readonly letters: MirrorLetterService,
    private readonly broadcaster: MirrorBroadcaster,
    private readonly audit: AuditService,
    private readonly visitors: LinkVisitors,
  ) {}

  /**
   * The content guard on this page: the relative's texts are checked against
   * their own name only, and an escalation points them to their
   * organisation's complaints officer (ContentGuardInterceptor). Not against
   * the other relatives' names: the guard's answer ("Hier vond Kring: Henk")
   * would tell anyone with a link who else is invited.
   */
  onModuleInit(): void {
    this.visitors.register('saveRelativeResponse', async (token, req) => {
      const link = await this.open(token, req);
      return { organisationId: link.organisation_id, participantId: link.id, extraPeople: [link.display_name] };
    });
  }

  async view(token: string, req: KringRequest): Promise<RelativeInvitationDto> {
    const link = await this.open(token, req);
    return this.build(link);
  }

  async save(input: SaveRelativeResponseInput, req: KringRequest): Promise<RelativeInvitationDto> {
    const link = await this.open(input.token, req);
    const change = await this.db.transaction(async (manager) => {
      // Locked, so two tabs saving at once cannot both grant the same scope.
      const [current] = await manager.query<Pick<LinkRow, 'consents' | 'status'>[]>(
        `SELECT ${ACTIVE_SCOPES} AS consents, c.status FROM mirror_participant p
        JOIN mirror_conversation c ON c.id = p.conversation_id WHERE p.id = $1 FOR UPDATE OF p`,
        [link.id],
      );
      const wanted = normaliseMirrorConsent(input.consents);
      const takesPart = wanted.includes('take_part');
      const changesInput = input.freeText != null || input.themeAnswers != null;
      // Once the conversation has started, input beforehand can only be withdrawn, not changed.
      if (changesInput && takesPart && current.status !== 'planned') throw new UserError('MIRROR_NOT_PLANNED');
      const consentChanged = await applyConsent(manager, {
        participantId: link.id,
        organisationId: link.organisation_id,
        current: current.consents,
        wanted,
        form: input.form,
        channel: 'link',
        recordedBy: null,
        givenAt: new Date(),
      });
      await manager.query(`UPDATE mirror_participant SET relation = $2, legal_representative = $3, responded_at = now() WHERE id = $1`, [
        link.id,
        input.relation ?? null,
        input.legalRepresentative ?? null,
      ]);
      if (takesPart && changesInput) {
        await this.replaceInput(manager, link, input);
      }
      if (consentChanged) {
        await this.audit.recordChange(
          'mirror_consent_changed',
          { organisationId: link.organisation_id },
          { type: 'mirror_participant', id: link.id },
          { consents: [current.consents, wanted] },
          manager,
        );
      }
      return bumpMirrorVersion(manager, link.conversation_id);
    });
    // The moderator's console shows at once who may be quoted.
    this.broadcaster.changed(change);
    return this.build((await this.find(link.id, 'p.id = $1'))!);
  }

  /** The letter back as PDF, once it has been sent; in the language the page is shown in. */
  async letterPdf(token: string, req: KringRequest): Promise<PdfFile> {
    const link = await this.open(token, req);
    // Other relatives' quotes are in it: only for those who take part (readsLetter).
    if (!readsLetter(link.consents)) throw new UserError('NOT_FOUND');
    const letter = await this.letters.forParticipants(link.conversation_id);
    if (!letter?.sentAt) throw new UserError('MIRROR_LETTER_NOT_SENT');
    return this.letters.pdfOf(
      {
        id: link.conversation_id,
        organisation_id: link.organisation_id,
        theme: link.theme,
        started_at: link.started_at,
        scheduled_at: link.scheduled_at,
      },
      'participants',
      languageFromAcceptLanguage(req.headers['accept-language']),
    );
  }

  private open(token: string, req: KringRequest): Promise<LinkRow> {
    return this.links.open(token, req, (tokenHash) =>
      this.find(tokenHash, 'p.token_hash = $1 AND p.revoked_at IS NULL AND p.expires_at > now()'),
    );
  }

  private async find(key: string, where: string): Promise<LinkRow | null> {
    const [row] = await this.db.query<LinkRow[]>(
      `SELECT p.id, p.organisation_id, p.conversation_id, p.kind, p.display_name, p.language, p.expires_at, p.relation, p.legal_representative, p.free_text,
              p.responded_at, ${ACTIVE_SCOPES} AS consents, c.theme, c.scheduled_at, c.started_at, c.duration_minutes, c.place, c.status,
              c.cancel_message, c.rescheduled_from,
              o.name AS organisation_name, o.resident_term,
              coalesce((SELECT s.raw_note_retention_days FROM privacy_setting s WHERE s.organisation_id = p.organisation_id), ${DEFAULT_RETENTION_DAYS}) AS retention_days
       FROM mirror_participant p JOIN mirror_conversation c ON c.id = p.conversation_id JOIN organisation o ON o.id = p.organisation_id
       WHERE ${where}`,
      [key],
    );
    return row ?? null;
  }

  private async replaceInput(manager: EntityManager, link: LinkRow, input: SaveRelativeResponseInput): Promise<void> {
    if (input.freeText != null)
      await manager.query(`UPDATE mirror_participant SET free_text = $2 WHERE id = $1`, [link.id, input.freeText]);
    if (input.themeAnswers == null) return;
    await manager.query(`DELETE FROM mirror_theme_answer WHERE participant_id = $1`, [link.id]);
    const given = new Map(input.themeAnswers.filter((a) => a.important || a.experienced).map((a) => [a.themeId, a]));
    for (const answer of given.values()) {
      await manager.query(
        `INSERT INTO mirror_theme_answer (participant_id, theme_id, organisation_id, conversation_id, important, experienced) VALUES ($1, $2, $3, $4, $5, $6)`,
        [link.id, answer.themeId, link.organisation_id, link.conversation_id, answer.important, answer.experienced],
      );
    }
  }

  private async build(link: LinkRow): Promise<RelativeInvitationDto> {
    const [answers, [guide], [form], letter] = await Promise.all([
      this.db.query<(Pick<MirrorThemeAnswerRow, 'important' | 'experienced'> & { themeId: MirrorThemeAnswerRow['theme_id'] })[]>(
        `SELECT theme_id AS "themeId", important, experienced FROM mirror_theme_answer WHERE participant_id = $1`,
        [link.id],
      ),
      this.db.query<{ theme_ids: string[] }[]>(
        `SELECT coalesce(array_agg(DISTINCT t), '{}') AS theme_ids FROM mirror_question q, unnest(q.theme_ids) t WHERE q.conversation_id = $1`,
        [link.conversation_id],
      ),
      this.db.query<Pick<MirrorConsentRow, 'form'>[]>(
        `SELECT form FROM mirror_consent WHERE participant_id = $1 AND withdrawn_at IS NULL ORDER BY given_at DESC LIMIT 1`,
        [link.id],
      ),
      // Other relatives' quotes are in it: only for those who take part (readsLetter).
      readsLetter(link.consents) ? this.letters.forParticipants(link.conversation_id) : Promise.resolve(null),
    ]);
    const guideThemes = guide.theme_ids;
    return {
      organisationName: link.organisation_name,
      residentTerm: link.resident_term,
      retentionDays: link.retention_days,
      theme: link.theme,
      scheduledAt: link.scheduled_at,
      durationMinutes: link.duration_minutes,
      place: link.place,
      status: link.status,
      cancelMessage: link.status === 'cancelled' ? link.cancel_message : '',
      rescheduledFrom: link.rescheduled_from,
      kind: link.kind,
      language: link.language,
      expiresAt: link.expires_at,
      consents: inCatalogueOrder(link.consents),
      consentForm: form?.form ?? null,
      relation: link.relation as RelativeInvitationDto['relation'],
      legalRepresentative: link.legal_representative,
      freeText: link.free_text,
      themeAnswers: answers,
      // In catalogue order, so the page reads the same for everyone.
      askedThemeIds: HARVEST_THEMES.map((t) => t.id).filter((id) => guideThemes.length === 0 || guideThemes.includes(id)),
      respondedAt: link.responded_at,
      letter: letter?.sentAt
        ? {
            heard: letter.heard,
            willDo: letter.willDo,
            quotes: letter.quotes.map((q) => q.body),
            lookBackOn: letter.lookBackOn,
            sentAt: letter.sentAt,
          }
        : null,
    };
  }
}
