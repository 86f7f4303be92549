import {
  commandTexts,
  detectEscalationSignals,
  MIRROR_COMMAND_TEXT_GUARDS,
  MIRROR_COMMAND_RULES,
  MIRROR_LIMITS,
  MirrorChanged,
  MirrorCommand,
  MirrorCommandAck,
  MirrorStatementFields,
  mayKeepStatementOf,
  parseMirrorCommandMessage,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { updateReturning } from '../../../engine/database/update-returning';
import { UserError } from '../../../engine/graphql/user-error';
import { exactlyOnce, lookupReceipt, ReceiptTable } from '../../../engine/live/command-receipt';
import { ContentGuardService } from '../../../engine/privacy/content-guard.service';
import { MirrorAccess, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, ViewedConversationRow } from '../mirror-rows';

/** What applying a command produced, besides the new version. */
interface Applied {
  createdId: string | null;
  escalationPromptId: string | null;
}

const NOTHING: Applied = { createdId: null, escalationPromptId: null };

type Executed = { ack: MirrorCommandAck; change: MirrorChanged | null };
type Receipt = { version: number; created_id: string | null; escalation_prompt_id: string | null };

const RECEIPTS: ReceiptTable = { table: 'mirror_command_receipt', roomColumn: 'conversation_id' };

/**
 * Applies live commands of a mirror conversation. Each command is checked,
 * stored in PostgreSQL with its idempotency key in one transaction (the
 * conversation row locked, so commands apply one at a time), and only then
 * acknowledged. A replayed key changes nothing and gets the original result.
 */
@Injectable()
export class MirrorCommandsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly guard: ContentGuardService,
  ) {}

  async execute(viewer: Viewer, access: TenantAccess, raw: unknown): Promise<Executed> {
    const parsed = parseMirrorCommandMessage(raw);
    if (!parsed.ok) throw new UserError(parsed.problem.code, parsed.problem.params);
    const { conversationId, clientKey, command, acknowledgeWarnings } = parsed.message;
    // The content guard before anything is stored: the texts the room's catalogue declares (MIRROR_COMMAND_TEXT_GUARDS),
    // with the names of this conversation's relatives besides the organisation's: a statement speaks of "Naaste A", never of Anna.
    const texts = commandTexts(MIRROR_COMMAND_TEXT_GUARDS, command);
    const extraPeople = texts.length > 0 ? await this.relativeNames(conversationId, access.organisationId) : [];
    await this.guard.require([access.organisationId], texts, acknowledgeWarnings ?? false, viewer.preferredLanguage, { extraPeople });
    return exactlyOnce(this.db, (manager) => this.run(manager, viewer, access, conversationId, clientKey, command), () => this.replay(viewer, conversationId, clientKey), RECEIPTS);
  }

  private async run(manager: EntityManager, viewer: Viewer, access: TenantAccess, conversationId: string, clientKey: string, command: MirrorCommand): Promise<Executed> {
    const row = await this.conversations.inRoom(conversationId, access, viewer, manager, true);
    const { receipt } = await lookupReceipt<Receipt>(manager, RECEIPTS, row.id, viewer.personId, clientKey);
    if (receipt) return this.replayed(manager, receipt);
    const rule = MIRROR_COMMAND_RULES[command.type];
    if (rule.moderatorOnly && row.moderator_id !== viewer.personId) throw new UserError('MIRROR_MODERATOR_ONLY');
    requireStatus(row, rule.statuses);
    const applied = await this.apply(manager, row, viewer, command);
    const [stored] = await updateReturning(manager, `UPDATE mirror_conversation SET version = version + 1 WHERE id = $1 RETURNING version`, [row.id]);
    const version = Number(stored.version);
    await manager.query(
      `INSERT INTO mirror_command_receipt (conversation_id, person_id, client_key, organisation_id, version, created_id, escalation_prompt_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, viewer.personId, clientKey, row.organisation_id, version, applied.createdId, applied.escalationPromptId],
    );
    return { ack: await this.acked(manager, version, false, applied), change: { conversationId: row.id, version } };
  }

  private async relativeNames(conversationId: string, organisationId: string): Promise<string[]> {
    const rows: { display_name: string }[] = await this.db.query(`SELECT display_name FROM mirror_participant WHERE conversation_id = $1 AND organisation_id = $2`, [
      conversationId,
      organisationId,
    ]);
    return rows.map((r) => r.display_name);
  }

  /** A copy of a command that lost the race to its twin: answered with the twin's result. */
  private async replay(viewer: Viewer, conversationId: string, clientKey: string): Promise<Executed | null> {
    const { receipt } = await lookupReceipt<Receipt>(this.db.manager, RECEIPTS, conversationId, viewer.personId, clientKey);
    return receipt ? this.replayed(this.db.manager, receipt) : null;
  }

  private async replayed(manager: EntityManager, receipt: Receipt): Promise<Executed> {
    const ack = await this.acked(manager, Number(receipt.version), true, { createdId: receipt.created_id, escalationPromptId: receipt.escalation_prompt_id });
    return { ack, change: null };
  }

  /**
   * The escalation prompt is answered with the kinds of signal, worked out
   * again from the statement: what triggered a prompt is never stored.
   */
  private async acked(manager: EntityManager, version: number, replayed: boolean, applied: Applied): Promise<MirrorCommandAck> {
    let escalation = null;
    if (applied.escalationPromptId && applied.createdId) {
      const [statement] = await manager.query(`SELECT body FROM mirror_statement WHERE id = $1`, [applied.createdId]);
      if (statement) escalation = { promptId: applied.escalationPromptId, signals: detectEscalationSignals(statement.body) };
    }
    return { ok: true, version, replayed, createdId: applied.createdId, escalation };
  }

  /** Stored times are clock_timestamp(), read after the lock, so they follow the version order. */
  private async apply(manager: EntityManager, row: ViewedConversationRow, viewer: Viewer, command: MirrorCommand): Promise<Applied> {
    switch (command.type) {
      case 'start':
        await manager.query(
          `UPDATE mirror_conversation SET status = 'live', started_at = clock_timestamp(), updated_at = clock_timestamp(),
             current_question_id = (SELECT id FROM mirror_question WHERE conversation_id = $1 ORDER BY position LIMIT 1) WHERE id = $1`,
          [row.id],
        );
        return NOTHING;
      case 'showQuestion':
        await this.own(manager, 'mirror_question', command.questionId, row);
        await manager.query(`UPDATE mirror_conversation SET current_question_id = $2, closing_round = false WHERE id = $1`, [row.id, command.questionId]);
        return NOTHING;
      case 'openClosingRound':
        await manager.query(`UPDATE mirror_conversation SET closing_round = true WHERE id = $1`, [row.id]);
        return NOTHING;
      case 'end':
        await manager.query(
          `UPDATE mirror_conversation SET status = 'ended', ended_at = clock_timestamp(), closing_round = false, current_question_id = NULL, updated_at = clock_timestamp() WHERE id = $1`,
          [row.id],
        );
        return NOTHING;
      case 'capture': {
        await this.checkStatement(manager, row, command);
        const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM mirror_statement WHERE conversation_id = $1`, [row.id]);
        if (count >= MIRROR_LIMITS.maxStatementsPerConversation) throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxStatementsPerConversation });
        const [statement] = await manager.query(
          `INSERT INTO mirror_statement (organisation_id, conversation_id, question_id, participant_id, body, theme_ids, value_tags, quotable, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [row.organisation_id, row.id, command.questionId, command.participantId, command.body, command.themeIds, JSON.stringify(command.valueTags), command.quotable, viewer.personId],
        );
        return { createdId: statement.id, escalationPromptId: await this.promptWhenNeeded(manager, row, viewer, command.body) };
      }
      case 'editStatement': {
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await this.checkStatement(manager, row, command);
        // A statement that can no longer be quoted leaves the harvest.
        await manager.query(
          `UPDATE mirror_statement SET question_id = $2, participant_id = $3, body = $4, theme_ids = $5, value_tags = $6, quotable = $7,
             in_harvest = in_harvest AND $7 AND $3::uuid IS NOT NULL, edited_at = clock_timestamp() WHERE id = $1`,
          [command.statementId, command.questionId, command.participantId, command.body, command.themeIds, JSON.stringify(command.valueTags), command.quotable],
        );
        return { createdId: command.statementId, escalationPromptId: await this.promptWhenNeeded(manager, row, viewer, command.body) };
      }
      case 'removeStatement':
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await manager.query(`DELETE FROM mirror_statement WHERE id = $1`, [command.statementId]);
        return NOTHING;
      case 'followEscalation': {
        const [prompt] = await manager.query(`SELECT 1 FROM mirror_escalation_prompt WHERE id = $1 AND conversation_id = $2 AND shown_to = $3`, [
          command.promptId,
          row.id,
          viewer.personId,
        ]);
        if (!prompt) throw new UserError('NOT_FOUND');
        await manager.query(`UPDATE mirror_escalation_prompt SET followed_at = coalesce(followed_at, clock_timestamp()) WHERE id = $1`, [command.promptId]);
        return NOTHING;
      }
      case 'markAsked': {
        const [note] = await manager.query(`SELECT 1 FROM mirror_listener_note WHERE id = $1 AND conversation_id = $2 AND kind = 'question'`, [command.noteId, row.id]);
        if (!note) throw new UserError('NOT_FOUND');
        await manager.query(`UPDATE mirror_listener_note SET asked_at = CASE WHEN $2 THEN coalesce(asked_at, clock_timestamp()) END WHERE id = $1`, [command.noteId, command.asked]);
        return NOTHING;
      }
      case 'note': {
        if (command.questionId) await this.own(manager, 'mirror_question', command.questionId, row);
        const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM mirror_listener_note WHERE conversation_id = $1 AND author_id = $2`, [row.id, viewer.personId]);
        if (count >= MIRROR_LIMITS.maxNotesPerPerson) throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxNotesPerPerson });
        const [note] = await manager.query(
          `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body, question_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [row.organisation_id, row.id, viewer.personId, command.kind, command.body, command.questionId],
        );
        return { createdId: note.id, escalationPromptId: null };
      }
      case 'removeNote': {
        const [note] = await manager.query(`SELECT author_id FROM mirror_listener_note WHERE id = $1 AND conversation_id = $2`, [command.noteId, row.id]);
        if (!note) throw new UserError('NOT_FOUND');
        if (note.author_id !== viewer.personId) throw new UserError('SESSION_NOT_OWN_ENTRY');
        await manager.query(`DELETE FROM mirror_listener_note WHERE id = $1`, [command.noteId]);
        return NOTHING;
      }
    }
  }

  /**
   * The question and the relative a statement refers to must be this conversation's own, and the relative must take
   * part: someone who said no ("doet niet mee") was promised that nothing they say is kept.
   */
  private async checkStatement(manager: EntityManager, row: ViewedConversationRow, fields: MirrorStatementFields): Promise<void> {
    if (fields.questionId) await this.own(manager, 'mirror_question', fields.questionId, row);
    if (!fields.participantId) return;
    const [participant] = await manager.query(`SELECT ${ACTIVE_SCOPES} AS scopes FROM mirror_participant p WHERE p.id = $1 AND p.conversation_id = $2`, [
      fields.participantId,
      row.id,
    ]);
    if (!participant) throw new UserError('NOT_FOUND');
    if (!mayKeepStatementOf(participant.scopes as ScopeList)) throw new UserError('MIRROR_PARTICIPANT_NOT_TAKING_PART');
  }

  private async own(manager: EntityManager, table: 'mirror_question' | 'mirror_statement', id: string, row: ViewedConversationRow): Promise<void> {
    // `table` is one of the literals above, never from the message.
    const [found] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND conversation_id = $2`, [id, row.id]);
    if (!found) throw new UserError('NOT_FOUND');
  }

  /** Escalation guardrail: records that the prompt is shown (to whom, when), nothing about why. */
  private async promptWhenNeeded(manager: EntityManager, row: ViewedConversationRow, viewer: Viewer, body: string): Promise<string | null> {
    if (detectEscalationSignals(body).length === 0) return null;
    const [prompt] = await manager.query(
      `INSERT INTO mirror_escalation_prompt (organisation_id, conversation_id, shown_to) VALUES ($1, $2, $3) RETURNING id`,
      [row.organisation_id, row.id, viewer.personId],
    );
    return prompt.id;
  }
}
