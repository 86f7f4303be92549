import {
  MIRROR_COMMAND_TEXT_GUARDS,
  MIRROR_COMMAND_RULES,
  MIRROR_LIMITS,
  MIRROR_SOCKET_EVENTS,
  MirrorCommand,
  MirrorCommandAck,
  MirrorEvent,
  MirrorEventBody,
  MirrorStatementFields,
  mayKeepStatementOf,
  parseMirrorCommandMessage,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import {
  AppliedCommand,
  CommandReceiptResult,
  LiveCommandPipeline,
  ParsedRoomCommand,
  RoomCommandContext,
  RoomCommands,
} from '../../../engine/live/command-pipeline';
import { Delivery } from '../../../engine/live/room-kind';
import { Bumped } from '../../../engine/live/room-version';
import { MirrorAccess, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, StatementRow, ViewedConversationRow } from '../mirror-rows';
import { updateReturning } from '../../../engine/database/update-returning';
import { MirrorAudience, MirrorChange, mirrorDeliveries } from './mirror-audience';
import { MIRROR_ROOM } from './mirror-room';
import { NOTE_COLUMNS, NoteRow, STATEMENT_COLUMNS, toNote, toStatement } from './mirror-state.service';

/** How many notes and questions a person has in the conversation, from the row's trigger-kept counts. */
function notesOf(row: ViewedConversationRow, personId: string): number {
  return Number((row.note_counts as Record<string, number>)[personId] ?? 0);
}

/** A private note reaches only its author's consoles; a clarifying question every console. */
function noteAudience(note: NoteRow): MirrorAudience {
  return note.kind === 'note' ? { to: 'author', authorId: note.author_id } : { to: 'consolesByAuthor', authorId: note.author_id };
}

export function mirrorEvent(conversationId: string, body: MirrorEventBody, bumped: Bumped): MirrorEvent {
  return { ...body, conversationId, version: bumped.version, at: bumped.at.toISOString() } as MirrorEvent;
}

type Applied = AppliedCommand<MirrorChange>;
type Acked = Extract<MirrorCommandAck, { ok: true }>;
/** The event with the audience it may reach (the audience stays on the server). */
type Outgoing = { event: MirrorEvent; audience: MirrorAudience };

const EVERYONE: MirrorAudience = { to: 'everyone' };
const MODERATOR: MirrorAudience = { to: 'moderatorConsole' };
const changed = (body: MirrorEventBody, audience: MirrorAudience, createdId: string | null = null): Applied => ({
  body: { body, audience },
  createdId,
});
/** The course of the conversation, as every screen sees it. */
const COURSE = 'RETURNING status, current_question_id, closing_round';

/**
 * The mirror conversation's configuration of the live-room kit (engine/live):
 * how its messages read, which texts the guard checks
 * (MIRROR_COMMAND_TEXT_GUARDS, with the conversation's relatives' names), the
 * lock with the person's place in the room, its rules (MIRROR_COMMAND_RULES)
 * and handlers, and what its screens receive.
 */
@Injectable()
export class MirrorCommandsService implements RoomCommands<MirrorCommand, ViewedConversationRow, MirrorChange, Outgoing, Acked> {
  readonly kind = MIRROR_ROOM;
  readonly eventName = MIRROR_SOCKET_EVENTS.event;
  readonly textGuards = MIRROR_COMMAND_TEXT_GUARDS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly pipeline: LiveCommandPipeline,
  ) {}

  execute(viewer: Viewer, access: TenantAccess, raw: unknown) {
    return this.pipeline.run(this, viewer, access, raw);
  }

  parse(raw: unknown): ParsedRoomCommand<MirrorCommand> {
    const parsed = parseMirrorCommandMessage(raw);
    if (!parsed.ok) return parsed;
    const { conversationId, clientKey, command, acknowledgeWarnings, keepFlaggedText, escalationPromptId } = parsed.message;
    return {
      ok: true,
      message: {
        roomId: conversationId,
        clientKey,
        command,
        acknowledgeWarnings: acknowledgeWarnings ?? false,
        keepFlaggedText: keepFlaggedText ?? false,
        escalationPromptId: escalationPromptId ?? null,
      },
    };
  }

  /** A statement speaks of "Naaste A", never of Anna: the relatives' names are guarded besides the organisation's. */
  async extraPeople(conversationId: string, access: TenantAccess): Promise<string[]> {
    const rows: { display_name: string }[] = await this.db.query(
      `SELECT display_name FROM mirror_participant WHERE conversation_id = $1 AND organisation_id = $2`,
      [conversationId, access.organisationId],
    );
    return rows.map((r) => r.display_name);
  }

  lock(manager: EntityManager, conversationId: string, viewer: Viewer, access: TenantAccess): Promise<ViewedConversationRow> {
    return this.conversations.inRoom(conversationId, access, viewer, manager, true);
  }

  async apply({ manager, room, viewer, command, flagged }: RoomCommandContext<MirrorCommand, ViewedConversationRow>): Promise<Applied> {
    const rule = MIRROR_COMMAND_RULES[command.type];
    if (rule.moderatorOnly && room.moderator_id !== viewer.personId) throw new UserError('MIRROR_MODERATOR_ONLY');
    requireStatus(room, rule.statuses);
    return this.store(manager, room, viewer, command, flagged);
  }

  event(conversationId: string, { body, audience }: MirrorChange, bumped: Bumped): Outgoing {
    return { event: mirrorEvent(conversationId, body, bumped), audience };
  }

  deliveries(_conversationId: string, { event, audience }: Outgoing): Delivery<MirrorEvent>[] {
    return mirrorDeliveries(event, audience);
  }

  async ack(_manager: EntityManager, { version, replayed, createdId }: CommandReceiptResult): Promise<Acked> {
    return { ok: true, version, replayed, createdId };
  }

  /** Stored times are clock_timestamp(), read after the lock, so they follow the version order. */
  /** `flagged`: a statement's text looked like an escalation and the moderator kept it knowingly; the harvest never quotes it unseen. */
  private async store(
    manager: EntityManager,
    row: ViewedConversationRow,
    viewer: Viewer,
    command: MirrorCommand,
    flagged: boolean,
  ): Promise<Applied> {
    switch (command.type) {
      case 'start':
        return this.course(
          manager,
          `UPDATE mirror_conversation SET status = 'live', started_at = clock_timestamp(), updated_at = clock_timestamp(),
             current_question_id = (SELECT id FROM mirror_question WHERE conversation_id = $1 ORDER BY position LIMIT 1) WHERE id = $1 ${COURSE}`,
          [row.id],
        );
      case 'showQuestion':
        await this.own(manager, 'mirror_question', command.questionId, row);
        return this.course(
          manager,
          `UPDATE mirror_conversation SET current_question_id = $2, closing_round = false WHERE id = $1 ${COURSE}`,
          [row.id, command.questionId],
        );
      case 'openClosingRound':
        return this.course(manager, `UPDATE mirror_conversation SET closing_round = true WHERE id = $1 ${COURSE}`, [row.id]);
      case 'end':
        return this.course(
          manager,
          `UPDATE mirror_conversation SET status = 'ended', ended_at = clock_timestamp(), closing_round = false, current_question_id = NULL, updated_at = clock_timestamp() WHERE id = $1 ${COURSE}`,
          [row.id],
        );
      case 'capture': {
        await this.checkStatement(manager, row, command);
        // The locked row's count, kept by a trigger (migration 1768500000000), never a count(*) over the statements.
        if (row.statement_count >= MIRROR_LIMITS.maxStatementsPerConversation)
          throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxStatementsPerConversation });
        const [statement]: StatementRow[] = await manager.query(
          `INSERT INTO mirror_statement (organisation_id, conversation_id, question_id, participant_id, body, theme_ids, value_tags, quotable, created_by, flagged)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${STATEMENT_COLUMNS}`,
          [
            row.organisation_id,
            row.id,
            command.questionId,
            command.participantId,
            command.body,
            command.themeIds,
            JSON.stringify(command.valueTags),
            command.quotable,
            viewer.personId,
            flagged,
          ],
        );
        return changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, statement.id);
      }
      case 'editStatement': {
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await this.checkStatement(manager, row, command);
        // A statement that can no longer be quoted leaves the harvest; the flag follows the text as it is now.
        const [statement] = await updateReturning<StatementRow>(
          manager,
          `UPDATE mirror_statement SET question_id = $2, participant_id = $3, body = $4, theme_ids = $5, value_tags = $6, quotable = $7, flagged = $8,
             in_harvest = in_harvest AND $7 AND $3::uuid IS NOT NULL AND NOT $8, edited_at = clock_timestamp() WHERE id = $1 RETURNING ${STATEMENT_COLUMNS}`,
          [
            command.statementId,
            command.questionId,
            command.participantId,
            command.body,
            command.themeIds,
            JSON.stringify(command.valueTags),
            command.quotable,
            flagged,
          ],
        );
        return changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, command.statementId);
      }
      case 'removeStatement':
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await manager.query(`DELETE FROM mirror_statement WHERE id = $1`, [command.statementId]);
        return changed({ type: 'statementRemoved', statementId: command.statementId }, MODERATOR);
      case 'markAsked': {
        const [note] = await manager.query(
          `SELECT 1 FROM mirror_listener_note WHERE id = $1 AND conversation_id = $2 AND kind = 'question'`,
          [command.noteId, row.id],
        );
        if (!note) throw new UserError('NOT_FOUND');
        await manager.query(
          `UPDATE mirror_listener_note SET asked_at = CASE WHEN $2 THEN coalesce(asked_at, clock_timestamp()) END WHERE id = $1`,
          [command.noteId, command.asked],
        );
        return changed({ type: 'questionAsked', noteId: command.noteId, asked: command.asked }, { to: 'consoles' });
      }
      case 'note': {
        if (command.questionId) await this.own(manager, 'mirror_question', command.questionId, row);
        // The author's notes as the locked row counts them (a trigger keeps note_counts), never a count(*).
        if (notesOf(row, viewer.personId) >= MIRROR_LIMITS.maxNotesPerPerson)
          throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxNotesPerPerson });
        const [note]: NoteRow[] = await manager.query(
          `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body, question_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${NOTE_COLUMNS}`,
          [row.organisation_id, row.id, viewer.personId, command.kind, command.body, command.questionId],
        );
        return changed({ type: 'noteAdded', note: toNote(note, viewer) }, noteAudience(note), note.id);
      }
      case 'removeNote': {
        const [note]: NoteRow[] = await manager.query(
          `SELECT ${NOTE_COLUMNS} FROM mirror_listener_note WHERE id = $1 AND conversation_id = $2`,
          [command.noteId, row.id],
        );
        if (!note) throw new UserError('NOT_FOUND');
        if (note.author_id !== viewer.personId) throw new UserError('SESSION_NOT_OWN_ENTRY');
        await manager.query(`DELETE FROM mirror_listener_note WHERE id = $1`, [command.noteId]);
        return changed({ type: 'noteRemoved', noteId: command.noteId }, noteAudience(note));
      }
    }
  }

  /** Changes the course of the conversation; every screen receives where it now stands. */
  private async course(manager: EntityManager, sql: string, params: unknown[]): Promise<Applied> {
    const [course] = await updateReturning<Pick<ViewedConversationRow, 'status' | 'current_question_id' | 'closing_round'>>(
      manager,
      sql,
      params,
    );
    return changed(
      {
        type: 'conversationChanged',
        status: course.status,
        currentQuestionId: course.current_question_id,
        closingRound: course.closing_round,
      },
      EVERYONE,
    );
  }

  /**
   * The question and the relative a statement refers to must be this conversation's own, and the relative must take
   * part: someone who said no ("doet niet mee") was promised that nothing they say is kept.
   */
  private async checkStatement(manager: EntityManager, row: ViewedConversationRow, fields: MirrorStatementFields): Promise<void> {
    if (fields.questionId) await this.own(manager, 'mirror_question', fields.questionId, row);
    if (!fields.participantId) return;
    const [participant] = await manager.query(
      `SELECT ${ACTIVE_SCOPES} AS scopes FROM mirror_participant p WHERE p.id = $1 AND p.conversation_id = $2`,
      [fields.participantId, row.id],
    );
    if (!participant) throw new UserError('NOT_FOUND');
    if (!mayKeepStatementOf(participant.scopes as ScopeList)) throw new UserError('MIRROR_PARTICIPANT_NOT_TAKING_PART');
  }

  private async own(
    manager: EntityManager,
    table: 'mirror_question' | 'mirror_statement',
    id: string,
    row: ViewedConversationRow,
  ): Promise<void> {
    // `table` is one of the literals above, never from the message.
    const [found] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND conversation_id = $2`, [id, row.id]);
    if (!found) throw new UserError('NOT_FOUND');
  }
}
