import { quoteAllowed, QuoteAudience } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { Notifier } from '../../../engine/notifications/notifier';
import { RetentionPurgeService } from '../../../engine/retention/retention-purge.service';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { requireFlagSeen } from '../../../engine/privacy/flag-seen';
import { MirrorHarvestDto, MirrorQuoteCandidateDto } from '../dtos/harvest.dto';
import { SaveMirrorHarvestThemeInput, SetMirrorQuoteInput } from '../dtos/harvest.inputs';
import { bumpMirrorVersion, MirrorBroadcaster } from '../live/mirror-broadcaster';
import { MirrorAccess, quoteAudience, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, ViewedConversationRow } from '../mirror-rows';
import type { MirrorParticipantRow, MirrorQuestionRow, MirrorStatementRow } from '../../../engine/database/tables.generated';
import { harvestApprovedNotifications } from './harvest-approved-notice';
import { consentedQuotes, harvestThemes } from './harvest-rows';

/**
 * The harvest (oogst) of a mirror conversation: per theme what we heard, the
 * anonymised quotes (only where consent allows, judged when read) and the
 * belangrijk/ervaren mirror. The moderator writes it after the conversation
 * and approves it; approval deletes the raw notes.
 */
@Injectable()
export class MirrorHarvestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly broadcaster: MirrorBroadcaster,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
    private readonly notifier: Notifier,
  ) {}

  /** The moderator sees the draft; once approved, the organisation reads it, quotes filtered for their audience. */
  async harvest(viewer: Viewer, access: TenantAccess, conversationId: string): Promise<MirrorHarvestDto> {
    const row = await this.conversations.viewed(conversationId, access, viewer);
    const isModerator = row.moderator_id === viewer.personId;
    if (isModerator) requireStatus(row, ['ended', 'approved']);
    else requireStatus(row, ['approved']);
    // Reading relatives' words is recorded; the moderator writing the harvest is not reading it.
    if (!isModerator) {
      await this.audit.recordOn('mirror_harvest_read', actorIn(access, viewer), { type: 'mirror_conversation', id: row.id });
    }
    return this.build(this.db.manager, row, quoteAudience(row, viewer), isModerator);
  }

  async setQuote(viewer: Viewer, access: TenantAccess, input: SetMirrorQuoteInput): Promise<MirrorHarvestDto> {
    return this.edit(viewer, access, await this.conversationOf(input.statementId, access), async (manager) => {
      const [statement] = await manager.query<
        (Pick<MirrorStatementRow, 'quotable' | 'flagged' | 'participant_id'> & {
          speaker: MirrorParticipantRow['id'] | null;
          scopes: ScopeList;
        })[]
      >(
        `SELECT s.quotable, s.flagged, s.participant_id, p.id AS speaker, ${ACTIVE_SCOPES} AS scopes
         FROM mirror_statement s LEFT JOIN mirror_participant p ON p.id = s.participant_id WHERE s.id = $1`,
        [input.statementId],
      );
      if (input.inHarvest) {
        if (!statement.quotable || !statement.speaker) throw new UserError('MIRROR_QUOTE_NEEDS_PARTICIPANT');
        if (!quoteAllowed('team', statement.scopes)) throw new UserError('MIRROR_QUOTE_NO_CONSENT');
        // A statement kept through an escalation prompt is never quoted unseen: the moderator confirms the flag.
        requireFlagSeen(statement, input.flagSeen);
      }
      await manager.query(`UPDATE mirror_statement SET in_harvest = $2 WHERE id = $1`, [input.statementId, input.inHarvest]);
    });
  }

  async saveTheme(viewer: Viewer, access: TenantAccess, input: SaveMirrorHarvestThemeInput): Promise<MirrorHarvestDto> {
    return this.edit(viewer, access, input.conversationId, async (manager, row) => {
      if (!input.summary) {
        await manager.query(`DELETE FROM mirror_harvest_theme WHERE conversation_id = $1 AND theme_id = $2`, [row.id, input.themeId]);
        return;
      }
      await manager.query(
        `INSERT INTO mirror_harvest_theme (conversation_id, theme_id, organisation_id, summary) VALUES ($1, $2, $3, $4)
         ON CONFLICT (conversation_id, theme_id) DO UPDATE SET summary = EXCLUDED.summary, updated_at = now()`,
        [row.id, input.themeId, access.organisationId, input.summary],
      );
    });
  }

  /**
   * Approves the harvest and, in the same transaction, purges what the
   * retention rules purge on approval (every statement not chosen as a
   * quote, the listeners' notes and questions, what relatives wrote
   * beforehand), plus the live command receipts (bookkeeping without text
   * that would point at deleted statements). What stays is the harvest
   * itself: the summaries, the chosen quotes (still filtered by consent when
   * read) and the belangrijk/ervaren answers its mirror is made of. The
   * listeners are told, in the same transaction (`tell: false` is for the demo,
   * which approves history that its people read back then).
   */
  async approve(viewer: Viewer, access: TenantAccess, conversationId: string, { tell = true } = {}): Promise<MirrorHarvestDto> {
    return this.edit(viewer, access, conversationId, async (manager, row) => {
      await this.purges.onEvent(manager, 'mirror_harvest_approved', {
        organisationId: access.organisationId,
        subjectId: row.id,
        personId: viewer.personId,
      });
      await manager.query(`DELETE FROM mirror_command_receipt WHERE conversation_id = $1`, [row.id]);
      await manager.query(
        `UPDATE mirror_conversation SET status = 'approved', harvest_approved_at = now(), harvest_approved_by = $2, current_question_id = NULL,
           closing_round = false, updated_at = now() WHERE id = $1`,
        [row.id, viewer.personId],
      );
      await this.audit.recordOn('mirror_harvest_approved', actorIn(access, viewer), { type: 'mirror_conversation', id: row.id }, manager);
      // The listeners hear that the harvest is there, in the app and by e-mail, with this approval or not at all.
      if (tell) await this.notifier.notify(manager, await harvestApprovedNotifications(manager, row.id, viewer.personId));
    });
  }

  /** The moderator changes the draft harvest; the moderator's console hears of it. */
  private async edit(
    viewer: Viewer,
    access: TenantAccess,
    conversationId: string,
    change: (manager: EntityManager, row: ViewedConversationRow) => Promise<void>,
  ): Promise<MirrorHarvestDto> {
    const changed = await this.db.transaction(async (manager) => {
      const row = await this.conversations.moderator(conversationId, access, viewer, manager, true);
      requireStatus(row, ['ended']);
      await change(manager, row);
      return bumpMirrorVersion(manager, row.id);
    });
    this.broadcaster.changed(changed);
    return this.harvest(viewer, access, conversationId);
  }

  private async conversationOf(statementId: string, access: TenantAccess): Promise<string> {
    const [statement] = await this.db.query<Pick<MirrorStatementRow, 'conversation_id'>[]>(
      `SELECT conversation_id FROM mirror_statement WHERE id = $1 AND organisation_id = $2`,
      [statementId, access.organisationId],
    );
    if (!statement) throw new UserError('NOT_FOUND');
    return statement.conversation_id;
  }

  private async build(
    manager: EntityManager,
    row: ViewedConversationRow,
    audience: QuoteAudience,
    isModerator: boolean,
  ): Promise<MirrorHarvestDto> {
    const editable = isModerator && row.status === 'ended';
    const [themes, quotes, candidates] = await Promise.all([
      harvestThemes(manager, row.id, audience === 'team' ? 'team' : 'organisation'),
      consentedQuotes(manager, row.id, audience),
      editable ? this.candidates(manager, row.id) : Promise.resolve([]),
    ]);
    return {
      conversationId: row.id,
      status: row.status,
      approvedAt: row.harvest_approved_at,
      audience,
      themes,
      quotes,
      candidates,
      flaggedStatements: candidates.filter((c) => c.flagged).length,
      viewerCanEdit: editable,
    };
  }

  private async candidates(manager: EntityManager, conversationId: string): Promise<MirrorQuoteCandidateDto[]> {
    type Row = Pick<MirrorStatementRow, 'id' | 'body' | 'theme_ids' | 'quotable' | 'in_harvest' | 'flagged'> & {
      pseudonym: MirrorParticipantRow['pseudonym'] | null;
      question: MirrorQuestionRow['body'] | null;
      scopes: ScopeList;
    };
    const rows = await manager.query<Row[]>(
      `SELECT s.id, s.body, s.theme_ids, s.quotable, s.in_harvest, s.flagged, p.pseudonym, q.body AS question, ${ACTIVE_SCOPES} AS scopes
       FROM mirror_statement s LEFT JOIN mirror_participant p ON p.id = s.participant_id LEFT JOIN mirror_question q ON q.id = s.question_id
       WHERE s.conversation_id = $1 ORDER BY q.position NULLS LAST, s.created_at, s.id`,
      [conversationId],
    );
    return rows.map((r) => ({
      id: r.id,
      body: r.body,
      themeIds: r.theme_ids,
      pseudonym: r.pseudonym,
      question: r.question,
      quotable: r.quotable,
      mayBeQuoted: r.pseudonym !== null && quoteAllowed('team', r.scopes),
      inHarvest: r.in_harvest,
      flagged: r.flagged,
    }));
  }
}
