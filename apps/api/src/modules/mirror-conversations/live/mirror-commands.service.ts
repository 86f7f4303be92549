import {
  MIRROR_COMMAND_TEXT_GUARDS,
  MIRROR_COMMAND_RULES,
  MIRROR_LIMITS,
  MIRROR_SOCKET_EVENTS,
  MirrorCommand,
  MirrorCommandAck,
  MirrorCommandType,
  MirrorEvent,
  MirrorEventBody,
  MirrorStatementFields,
  STATEMENT_NEEDS_SCOPE,
  commandTexts,
  mayKeepStatementOf,
  parseMirrorCommandMessage,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { BoundedMap } from '../../../engine/memory/bounded-map';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import {
  AppliedCommand,
  FastCommand,
  fastCommand,
  FastCommandInput,
  FastPlan,
  LiveCommandPipeline,
  OneStatementCatalogue,
  ParsedRoomCommand,
  receiptAck,
  roomMessage,
  RoomCommandContext,
  RoomCommands,
} from '../../../engine/live/command-pipeline';
import { Delivery } from '../../../engine/live/room-kind';
import { Bumped } from '../../../engine/live/room-version';
import { MirrorAccess, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, StatementRow, ViewedConversationRow } from '../mirror-rows';
import { SqlParams } from '../../../engine/database/sql-params';
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
const COURSE_COLUMNS = ['status', 'current_question_id', 'closing_round'] as const;
type Course = Pick<ViewedConversationRow, (typeof COURSE_COLUMNS)[number]>;

/** A change of the course of the conversation; every screen receives where it now stands. */
const courseChanged = (course: Course): Applied =>
  changed(
    {
      type: 'conversationChanged',
      status: course.status,
      currentQuestionId: course.current_question_id,
      closingRound: course.closing_round,
    },
    EVERYONE,
  );

type CourseCommand = Extract<MirrorCommand, { type: 'start' | 'showQuestion' | 'openClosingRound' | 'end' }>;

/**
 * The assignments to the conversation row a course command makes (`conversation`: its id in the statement), the same
 * in the full pipeline's UPDATE and in the one statement's UPDATE of the room row.
 */
function courseSet(command: CourseCommand, params: SqlParams, conversation: string): string {
  switch (command.type) {
    case 'start':
      return `status = 'live', started_at = clock_timestamp(), updated_at = clock_timestamp(),
        current_question_id = (SELECT q.id FROM mirror_question q WHERE q.conversation_id = ${conversation} ORDER BY q.position LIMIT 1)`;
    case 'showQuestion':
      return `current_question_id = ${params.add(command.questionId)}::uuid, closing_round = false`;
    case 'openClosingRound':
      return 'closing_round = true';
    case 'end':
      return `status = 'ended', ended_at = clock_timestamp(), closing_round = false, current_question_id = NULL, updated_at = clock_timestamp()`;
  }
}

/** Where a write finds its conversation: parameters (the full pipeline, after the lock) or the one statement's CTE `room`. */
interface Source {
  readonly organisationId: string;
  readonly conversationId: string;
  /** `FROM room` in the one statement. */
  readonly from: string;
}

const inRoom: Source = { organisationId: 'room.organisation_id', conversationId: 'room.id', from: 'FROM room' };
const qualified = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

/** A statement's own columns as the command gives them: capture and correction write the same. */
function statementValues(params: SqlParams, fields: MirrorStatementFields, flagged: boolean) {
  return {
    question_id: `${params.add(fields.questionId)}::uuid`,
    participant_id: `${params.add(fields.participantId)}::uuid`,
    body: params.add(fields.body),
    theme_ids: `${params.add(fields.themeIds)}::text[]`,
    value_tags: `${params.add(JSON.stringify(fields.valueTags))}::jsonb`,
    quotable: `${params.add(fields.quotable)}::boolean`,
    flagged: `${params.add(flagged)}::boolean`,
  };
}

/** Stores a captured statement (its checks were made by the caller). */
function insertStatement(params: SqlParams, source: Source, fields: MirrorStatementFields, authorId: string, flagged: boolean): string {
  const values = statementValues(params, fields, flagged);
  return `INSERT INTO mirror_statement (organisation_id, conversation_id, created_by, ${Object.keys(values).join(', ')})
    SELECT ${source.organisationId}, ${source.conversationId}, ${params.add(authorId)}, ${Object.values(values).join(', ')} ${source.from}
    RETURNING ${STATEMENT_COLUMNS}`;
}

/** Corrects a statement of the conversation; one that can no longer be quoted leaves the harvest, the flag follows the text. */
function updateStatement(params: SqlParams, source: Source, statementId: string, fields: MirrorStatementFields, flagged: boolean): string {
  const values = statementValues(params, fields, flagged);
  const set = Object.entries(values).map(([column, value]) => `${column} = ${value}`);
  return `UPDATE mirror_statement s SET ${set.join(', ')},
      in_harvest = s.in_harvest AND ${values.quotable} AND ${values.participant_id} IS NOT NULL AND NOT ${values.flagged}, edited_at = clock_timestamp()
    ${source.from} WHERE s.id = ${params.add(statementId)} AND s.conversation_id = ${source.conversationId}
    RETURNING ${qualified('s', STATEMENT_COLUMNS)}`;
}

/** Stores a listener's note or clarifying question (its checks were made by the caller). */
function insertNote(params: SqlParams, source: Source, command: Extract<MirrorCommand, { type: 'note' }>, authorId: string): string {
  return `INSERT INTO mirror_listener_note (organisation_id, conversation_id, author_id, kind, body, question_id)
    SELECT ${source.organisationId}, ${source.conversationId}, ${params.add(authorId)}::uuid, ${params.add(command.kind)}, ${params.add(command.body)},
      ${params.add(command.questionId)}::uuid ${source.from}
    RETURNING ${NOTE_COLUMNS}`;
}

/** Every command of the conversation has a one-statement form (MirrorCommandsService.fast). */
const STATEMENTS: OneStatementCatalogue<MirrorCommandType> = {
  start: 'one statement',
  showQuestion: 'one statement',
  openClosingRound: 'one statement',
  end: 'one statement',
  capture: 'one statement',
  editStatement: 'one statement',
  removeStatement: 'one statement',
  markAsked: 'one statement',
  note: 'one statement',
  removeNote: 'one statement',
};

/** Conversations whose relatives' names this process remembers; beyond this the oldest is forgotten. */
const REMEMBERED_CONVERSATIONS = 2_000;

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
  readonly statements = STATEMENTS;

  /** The relatives' names of each conversation with the version they were read at (guard_names_version, migration 1769200000000). */
  private readonly names = new BoundedMap<string, { readonly version: string; readonly names: readonly string[] }>(
    REMEMBERED_CONVERSATIONS,
  );

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
    return parsed.ok ? roomMessage(parsed.message.conversationId, parsed.message) : parsed;
  }

  /**
   * A statement speaks of "Naaste A", never of Anna: the relatives' names are guarded besides the organisation's.
   * Remembered per conversation with the version they were read at; a one statement that reused them holds only
   * where that version is still the conversation's (`fast`).
   */
  async extraPeople(conversationId: string, access: TenantAccess, reuse: boolean): Promise<readonly string[]> {
    const known = reuse ? this.names.get(conversationId) : undefined;
    if (known) return known.names;
    const [row]: { version: string; names: string[] }[] = await this.db.query(
      `SELECT c.guard_names_version AS version, coalesce(array_agg(p.display_name) FILTER (WHERE p.id IS NOT NULL), '{}') AS names
       FROM mirror_conversation c LEFT JOIN mirror_participant p ON p.conversation_id = c.id
       WHERE c.id = $1 AND c.organisation_id = $2 GROUP BY c.id`,
      [conversationId, access.organisationId],
    );
    if (!row) return [];
    this.names.set(conversationId, row);
    return row.names;
  }

  /**
   * Every command in one statement: the room's rules are conditions on the
   * conversation row itself (its status, its moderator, its counts), the
   * person's place a condition on its listeners, and the command's write
   * carries its own (the question and the relative this conversation's, the
   * relative taking part, the note the person's own). A text command needs
   * the relatives' names remembered (extraPeople) and still current. Any
   * condition that fails, or a write that finds nothing, takes the full
   * pipeline, which refuses with the exact reason.
   */
  fast({ roomId, viewer, command }: FastCommandInput<MirrorCommand>, params: SqlParams): FastCommand<MirrorChange, never> | null {
    const rule = MIRROR_COMMAND_RULES[command.type];
    const me = `${params.add(viewer.personId)}::uuid`;
    const still = [
      `r.status = ANY(${params.add(rule.statuses)}::text[])`,
      rule.moderatorOnly
        ? `r.moderator_id = ${me}`
        : `(r.moderator_id = ${me} OR EXISTS (SELECT 1 FROM mirror_listener l WHERE l.conversation_id = r.id AND l.person_id = ${me}))`,
    ];
    // Only whether there is text to check: every text of this room is declared with a pseudonym of its own.
    if (commandTexts(this.textGuards, command, true).length > 0) {
      const names = this.names.get(roomId);
      if (!names) return null;
      still.push(`r.guard_names_version = ${params.add(names.version)}::bigint`);
    }
    return fastCommand(still, this.fastPlan(command, viewer, params));
  }

  /** The command's own part of the one statement (see `fast`). */
  private fastPlan(command: MirrorCommand, viewer: Viewer, params: SqlParams): FastPlan<MirrorChange> | null {
    /** The question is this conversation's own (a condition on the room row `r`). */
    const ownQuestion = (questionId: string | null) =>
      questionId
        ? `EXISTS (SELECT 1 FROM mirror_question q WHERE q.id = ${params.add(questionId)}::uuid AND q.conversation_id = r.id)`
        : 'true';
    /** The relative is this conversation's and takes part (mayKeepStatementOf); settled, as consent changes move the version. */
    const keepable = (participantId: string | null) =>
      participantId
        ? `EXISTS (SELECT 1 FROM mirror_participant p WHERE p.id = ${params.add(participantId)}::uuid AND p.conversation_id = r.id
            AND ${params.add(STATEMENT_NEEDS_SCOPE)} = ANY(${ACTIVE_SCOPES}))`
        : 'true';
    switch (command.type) {
      case 'start':
      case 'showQuestion':
      case 'openClosingRound':
      case 'end':
        return {
          still: command.type === 'showQuestion' ? ownQuestion(command.questionId) : undefined,
          settled: command.type === 'showQuestion',
          set: courseSet(command, params, 'r.id'),
          returning: qualified('r', COURSE_COLUMNS.join(', ')),
          applied: `SELECT ${COURSE_COLUMNS.join(', ')} FROM room`,
          createdId: null,
          result: courseChanged,
        };
      case 'capture':
        return {
          still: `r.statement_count < ${params.add(MIRROR_LIMITS.maxStatementsPerConversation)} AND ${ownQuestion(command.questionId)} AND ${keepable(command.participantId)}`,
          settled: true,
          applied: insertStatement(params, inRoom, command, viewer.personId, false),
          createdId: 'id',
          result: (statement: StatementRow) =>
            changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, statement.id),
        };
      case 'editStatement':
        return {
          still: `${ownQuestion(command.questionId)} AND ${keepable(command.participantId)}`,
          settled: true,
          applied: updateStatement(params, inRoom, command.statementId, command, false),
          // As the full pipeline answers: the statement's id.
          createdId: 'id',
          result: (statement: StatementRow) =>
            changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, statement.id),
        };
      case 'removeStatement':
        return {
          applied: `DELETE FROM mirror_statement s USING room WHERE s.id = ${params.add(command.statementId)} AND s.conversation_id = room.id RETURNING s.id`,
          createdId: null,
          result: () => changed({ type: 'statementRemoved', statementId: command.statementId }, MODERATOR),
        };
      case 'markAsked':
        return {
          applied: `UPDATE mirror_listener_note n SET asked_at = CASE WHEN ${params.add(command.asked)} THEN coalesce(n.asked_at, clock_timestamp()) END
            FROM room WHERE n.id = ${params.add(command.noteId)} AND n.conversation_id = room.id AND n.kind = 'question' RETURNING n.id`,
          createdId: null,
          result: () => changed({ type: 'questionAsked', noteId: command.noteId, asked: command.asked }, { to: 'consoles' }),
        };
      case 'note':
        // The author's notes as the locked row counts them (note_counts), never a count(*).
        return {
          still: `coalesce((r.note_counts ->> ${params.add(viewer.personId)})::int, 0) < ${params.add(MIRROR_LIMITS.maxNotesPerPerson)} AND ${ownQuestion(command.questionId)}`,
          settled: command.questionId !== null,
          applied: insertNote(params, inRoom, command, viewer.personId),
          createdId: 'id',
          result: (note: NoteRow) => changed({ type: 'noteAdded', note: toNote(note, viewer) }, noteAudience(note), note.id),
        };
      case 'removeNote':
        return {
          applied: `DELETE FROM mirror_listener_note n USING room
            WHERE n.id = ${params.add(command.noteId)} AND n.conversation_id = room.id AND n.author_id = ${params.add(viewer.personId)}::uuid
            RETURNING ${qualified('n', NOTE_COLUMNS)}`,
          createdId: null,
          result: (note: NoteRow) => changed({ type: 'noteRemoved', noteId: command.noteId }, noteAudience(note)),
        };
    }
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

  readonly ack = receiptAck;

  /** Stored times are clock_timestamp(), read after the lock, so they follow the version order. */
  /** `flagged`: a statement's text looked like an escalation and the moderator kept it knowingly; the harvest never quotes it unseen. */
  private async store(
    manager: EntityManager,
    row: ViewedConversationRow,
    viewer: Viewer,
    command: MirrorCommand,
    flagged: boolean,
  ): Promise<Applied> {
    const params = new SqlParams();
    // Every statement below names the conversation; only inserts name the organisation, so its parameter is added when
    // read (PostgreSQL cannot type a parameter the statement does not use: a correction failed on that).
    const source: Source = {
      get organisationId() {
        return `${params.add(row.organisation_id)}::uuid`;
      },
      conversationId: `${params.add(row.id)}::uuid`,
      from: '',
    };
    switch (command.type) {
      case 'start':
      case 'openClosingRound':
      case 'end':
      case 'showQuestion': {
        if (command.type === 'showQuestion') await this.own(manager, 'mirror_question', command.questionId, row);
        const set = courseSet(command, params, source.conversationId);
        const [course] = await updateReturning<Course>(
          manager,
          `UPDATE mirror_conversation SET ${set} WHERE id = ${source.conversationId} RETURNING ${COURSE_COLUMNS.join(', ')}`,
          params.values,
        );
        return courseChanged(course);
      }
      case 'capture': {
        await this.checkStatement(manager, row, command);
        // The locked row's count, kept by a trigger (migration 1768500000000), never a count(*) over the statements.
        if (row.statement_count >= MIRROR_LIMITS.maxStatementsPerConversation)
          throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxStatementsPerConversation });
        const [statement]: StatementRow[] = await manager.query(
          insertStatement(params, source, command, viewer.personId, flagged),
          params.values,
        );
        return changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, statement.id);
      }
      case 'editStatement': {
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await this.checkStatement(manager, row, command);
        const [statement] = await updateReturning<StatementRow>(
          manager,
          updateStatement(params, source, command.statementId, command, flagged),
          params.values,
        );
        return changed({ type: 'statementSaved', statement: toStatement(statement) }, MODERATOR, command.statementId);
      }
      case 'removeStatement':
        await this.own(manager, 'mirror_statement', command.statementId, row);
        await manager.query(`DELETE FROM mirror_statement WHERE id = $1`, [command.statementId]);
        return changed({ type: 'statementRemoved', statementId: command.statementId }, MODERATOR);
      case 'markAsked': {
        const [note] = await manager.query<unknown[]>(
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
        const [note] = await manager.query<NoteRow[]>(insertNote(params, source, command, viewer.personId), params.values);
        return changed({ type: 'noteAdded', note: toNote(note, viewer) }, noteAudience(note), note.id);
      }
      case 'removeNote': {
        const [note] = await manager.query<NoteRow[]>(
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

  /**
   * The question and the relative a statement refers to must be this conversation's own, and the relative must take
   * part: someone who said no ("doet niet mee") was promised that nothing they say is kept.
   */
  private async checkStatement(manager: EntityManager, row: ViewedConversationRow, fields: MirrorStatementFields): Promise<void> {
    if (fields.questionId) await this.own(manager, 'mirror_question', fields.questionId, row);
    if (!fields.participantId) return;
    const [participant] = await manager.query<{ scopes: ScopeList }[]>(
      `SELECT ${ACTIVE_SCOPES} AS scopes FROM mirror_participant p WHERE p.id = $1 AND p.conversation_id = $2`,
      [fields.participantId, row.id],
    );
    if (!participant) throw new UserError('NOT_FOUND');
    if (!mayKeepStatementOf(participant.scopes)) throw new UserError('MIRROR_PARTICIPANT_NOT_TAKING_PART');
  }

  private async own(
    manager: EntityManager,
    table: 'mirror_question' | 'mirror_statement',
    id: string,
    row: ViewedConversationRow,
  ): Promise<void> {
    // `table` is one of the literals above, never from the message.
    const [found] = await manager.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1 AND conversation_id = $2`, [id, row.id]);
    if (!found) throw new UserError('NOT_FOUND');
  }
}
