import { draftMirrorLetter, HARVEST_THEMES, Language, LETTER_READER_SCOPES, MIRROR_LIMITS, QuoteAudience } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { linkExpiresAfter } from '../participants/link-expiry';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import type { PdfFile } from '../../../engine/documents/pdf-file';
import { UserError } from '../../../engine/graphql/user-error';
import { MailService } from '../../../engine/mail/mail.service';
import { MirrorLetterDto } from '../dtos/letter.dto';
import { SaveMirrorLetterInput } from '../dtos/letter.inputs';
import { consentedQuotes } from '../harvest/harvest-rows';
import { canPlan, MirrorAccess, quoteAudience, requireStatus } from '../mirror-access';
import { scopesStand } from '../../../engine/privacy/consent-scopes.sql';
import { ViewedConversationRow } from '../mirror-rows';
import { letterMail } from './letter-mail';
import { letterPdf } from './letter-pdf';
import type {
  MirrorHarvestThemeRow,
  MirrorLetterRow,
  MirrorParticipantRow,
  OrganisationRow,
} from '../../../engine/database/tables.generated';
import type { CountRow } from '../../../engine/database/count-row';

/** The look-back day as YYYY-MM-DD text: node-pg would read a date as local midnight, a day off east of Amsterdam. */
type LetterRow = Pick<MirrorLetterRow, 'heard' | 'will_do' | 'updated_at' | 'sent_at'> & { look_back_on: string | null };
const LETTER_SELECT = `SELECT heard, will_do, to_char(look_back_on, 'YYYY-MM-DD') AS look_back_on, updated_at, sent_at FROM mirror_letter`;

/**
 * Who gets the letter by e-mail: its readers (LETTER_READER_SCOPES: people who take part) who gave an e-mail address and
 * whose link the planner did not revoke (the mail sends them to their page, which a revoked link no longer opens; an
 * expired one is renewed on sending).
 */
const RECIPIENTS = `FROM mirror_participant p
  WHERE p.conversation_id = $1 AND p.email IS NOT NULL AND p.revoked_at IS NULL AND ${scopesStand('p.id', LETTER_READER_SCOPES)}`;

/**
 * The letter back (close the loop): drafted from the approved harvest and
 * the practices the team chose, edited by the moderator, sent by e-mail and
 * shown on every participant's personal page, downloadable as PDF.
 */
@Injectable()
export class MirrorLetterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** The moderator, the planners and the conversation's own circle read it; null until drafted. */
  async letter(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<MirrorLetterDto | null> {
    const row = await this.reader(viewer, access, conversationId);
    return this.load(this.db.manager, row, lettersAudience(quoteAudience(row, viewer)));
  }

  /** (Re)writes the draft from the harvest summaries and the chosen practices; replaces what was there. */
  async draft(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<MirrorLetterDto> {
    return this.db.transaction(async (manager) => {
      const row = await this.moderatorOfApproved(viewer, access, conversationId, manager);
      const [summaries, practices, [readers]] = await Promise.all([
        manager.query<Pick<MirrorHarvestThemeRow, 'theme_id' | 'summary'>[]>(
          `SELECT theme_id, summary FROM mirror_harvest_theme WHERE conversation_id = $1`,
          [row.id],
        ),
        this.chosenPractices(manager, row),
        // The letter is for the relatives, each mail framed in their own language around this one text: drafted in the
        // language most of its readers chose (Dutch when as many chose English), not the moderator's.
        manager.query<{ english: boolean }[]>(
          `SELECT count(*) FILTER (WHERE p.language = 'en') > count(*) FILTER (WHERE p.language <> 'en') AS english
           FROM mirror_participant p WHERE p.conversation_id = $1 AND ${scopesStand('p.id', LETTER_READER_SCOPES)}`,
          [row.id],
        ),
      ]);
      const language: Language = readers.english ? 'en' : 'nl';
      const summaryOf = new Map(summaries.map((s) => [s.theme_id, s.summary]));
      const draft = draftMirrorLetter({
        language,
        theme: row.theme,
        heldOn: (row.started_at ?? row.scheduled_at).toISOString(),
        themes: HARVEST_THEMES.filter((t) => summaryOf.has(t.id)).map((t) => ({
          name: t.name[language],
          summary: summaryOf.get(t.id)!,
        })),
        practices,
      });
      await this.store(manager, row, viewer, { heard: draft.heard, willDo: draft.willDo, lookBackOn: draft.lookBackOn });
      return (await this.load(manager, row, 'participants'))!;
    });
  }

  async save(viewer: Viewer, access: TenantAccess, input: SaveMirrorLetterInput): Promise<MirrorLetterDto> {
    return this.db.transaction(async (manager) => {
      const row = await this.moderatorOfApproved(viewer, access, input.conversationId, manager);
      await this.store(manager, row, viewer, { heard: input.heard, willDo: input.willDo, lookBackOn: input.lookBackOn ?? null });
      return (await this.load(manager, row, 'participants'))!;
    });
  }

  /** E-mails the letter to everyone who takes part and has an address; everyone with a link finds it on their page. */
  async send(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<MirrorLetterDto> {
    const row = await this.db.transaction(async (manager) => {
      const row = await this.moderatorOfApproved(viewer, access, conversationId, manager);
      const letter = await this.load(manager, row, 'participants');
      if (!letter || !letter.heard.trim() || !letter.willDo.trim()) throw new UserError('MIRROR_LETTER_EMPTY');
      await manager.query(`UPDATE mirror_letter SET sent_at = now(), sent_by = $2 WHERE conversation_id = $1`, [row.id, viewer.personId]);
      await this.audit.recordOn('mirror_letter_sent', actorIn(access, viewer), { type: 'mirror_conversation', id: row.id }, manager);
      // "U krijgt een brief", "Via deze link kunt u uw keuzes veranderen zolang hij werkt": a link that was not revoked works again
      // for a link's usual time from today, also for someone invited on paper, without an address to mail the letter to.
      await manager.query(
        `UPDATE mirror_participant SET expires_at = greatest(expires_at, ${linkExpiresAfter('$2')}) WHERE conversation_id = $1 AND revoked_at IS NULL`,
        [row.id, MIRROR_LIMITS.defaultLinkDays],
      );
      // RECIPIENTS has only people with an address; language is written only from inputs checked against the domain's languages.
      const recipients = await manager.query<{ email: NonNullable<MirrorParticipantRow['email']>; language: 'nl' | 'en' }[]>(
        `SELECT p.email, p.language ${RECIPIENTS} ORDER BY p.created_at`,
        [row.id],
      );
      const [organisation] = await manager.query<Pick<OrganisationRow, 'name'>[]>(`SELECT name FROM organisation WHERE id = $1`, [
        access.organisationId,
      ]);
      // Queued in the transaction that marks the letter as sent: both are stored, or neither.
      for (const recipient of recipients) {
        const mail = letterMail({
          language: recipient.language,
          organisationName: organisation.name,
          heard: letter.heard,
          willDo: letter.willDo,
          quotes: letter.quotes.map((q) => q.body),
          lookBackOn: letter.lookBackOn,
        });
        await this.mail.send({ to: recipient.email, organisationId: access.organisationId, ...mail }, manager);
      }
      return row;
    });
    return (await this.load(this.db.manager, row, 'participants'))!;
  }

  /** The letter as PDF for staff, quotes as their audience may read them; the export is recorded. */
  async pdf(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<PdfFile> {
    const row = await this.reader(viewer, access, conversationId);
    const pdf = await this.pdfOf(row, lettersAudience(quoteAudience(row, viewer)), viewer.preferredLanguage);
    await this.audit.recordOn('mirror_letter_exported', actorIn(access, viewer), { type: 'mirror_conversation', id: row.id });
    return pdf;
  }

  /** The letter of a conversation as it reads now (quotes for `audience`), as PDF. Also for the relatives' page. */
  async pdfOf(
    row: Pick<ViewedConversationRow, 'id' | 'organisation_id' | 'theme' | 'started_at' | 'scheduled_at'>,
    audience: QuoteAudience,
    language: 'nl' | 'en',
  ): Promise<PdfFile> {
    const [letter] = await this.db.query<LetterRow[]>(`${LETTER_SELECT} WHERE conversation_id = $1`, [row.id]);
    if (!letter) throw new UserError('NOT_FOUND');
    const [[organisation], quotes] = await Promise.all([
      this.db.query<Pick<OrganisationRow, 'name'>[]>(`SELECT name FROM organisation WHERE id = $1`, [row.organisation_id]),
      consentedQuotes(this.db.manager, row.id, audience),
    ]);
    const content = await letterPdf({
      language,
      organisationName: organisation.name,
      theme: row.theme,
      heldOn: row.started_at ?? row.scheduled_at,
      heard: letter.heard,
      willDo: letter.will_do,
      quotes: quotes.map((q) => q.body),
      lookBackOn: letter.look_back_on,
    });
    return { filename: language === 'en' ? 'what-we-heard.pdf' : 'wat-we-hoorden.pdf', content };
  }

  /** The letter as the participants read it (on their personal page). */
  forParticipants(conversationId: string): Promise<MirrorLetterDto | null> {
    return this.load(this.db.manager, { id: conversationId }, 'participants');
  }

  private async reader(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<ViewedConversationRow> {
    const row = await this.conversations.viewed(conversationId, access, viewer);
    requireStatus(row, ['approved']);
    if (!canPlan(row, access, viewer) && quoteAudience(row, viewer) !== 'team') throw new UserError('MIRROR_NOT_IN_CONVERSATION');
    return row;
  }

  private async moderatorOfApproved(
    viewer: Viewer,
    access: TenantAccess,
    conversationId: string,
    manager: EntityManager,
  ): Promise<ViewedConversationRow> {
    const row = await this.conversations.moderator(conversationId, access, viewer, manager, true);
    requireStatus(row, ['approved']);
    return row;
  }

  /**
   * The practices the team chose: those of the listener reflection, or,
   * without one, the team's open practices made since the conversation.
   */
  private async chosenPractices(
    manager: EntityManager,
    row: ViewedConversationRow,
  ): Promise<{ what: string; who: string; lookBackOn: string | null }[]> {
    return manager.query(
      `SELECT what, who, to_char(look_back_on, 'YYYY-MM-DD') AS "lookBackOn" FROM practice
       WHERE organisation_id = $1 AND (session_id = $2 OR ($2::uuid IS NULL AND team_id = $3 AND status IN ('open', 'continued') AND created_at >= $4))
       ORDER BY look_back_on NULLS LAST, created_at`,
      [row.organisation_id, row.listener_session_id, row.team_id, row.ended_at ?? row.scheduled_at],
    );
  }

  private async store(
    manager: EntityManager,
    row: ViewedConversationRow,
    viewer: Viewer,
    letter: { heard: string; willDo: string; lookBackOn: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO mirror_letter (conversation_id, organisation_id, heard, will_do, look_back_on, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (conversation_id) DO UPDATE SET heard = EXCLUDED.heard, will_do = EXCLUDED.will_do, look_back_on = EXCLUDED.look_back_on,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [row.id, row.organisation_id, letter.heard, letter.willDo, letter.lookBackOn, viewer.personId],
    );
  }

  private async load(manager: EntityManager, row: { id: string }, audience: QuoteAudience): Promise<MirrorLetterDto | null> {
    const [letter] = await manager.query<LetterRow[]>(`${LETTER_SELECT} WHERE conversation_id = $1`, [row.id]);
    if (!letter) return null;
    const [quotes, [{ count }]] = await Promise.all([
      consentedQuotes(manager, row.id, audience),
      manager.query<CountRow[]>(`SELECT count(*)::int AS count ${RECIPIENTS}`, [row.id]),
    ]);
    return {
      conversationId: row.id,
      heard: letter.heard,
      willDo: letter.will_do,
      lookBackOn: letter.look_back_on,
      quotes,
      updatedAt: letter.updated_at,
      sentAt: letter.sent_at,
      emailRecipients: count,
    };
  }
}

/**
 * The letter goes to the participants, so its quotes follow the consent to
 * be quoted; a colleague outside the team reads it with the organisation's rule.
 */
function lettersAudience(audience: QuoteAudience): QuoteAudience {
  return audience === 'team' ? 'participants' : 'organisation';
}
