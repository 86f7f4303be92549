import { randomUUID } from 'node:crypto';
import {
  LIVE_LIMITS,
  LIVE_COMMAND_RULES,
  LIVE_COMMAND_TEXT_GUARDS,
  LIVE_SOCKET_EVENTS,
  LiveCommand,
  LiveCommandAck,
  LiveEvent,
  LiveCommandType,
  LiveEventBody,
  MENSPERSPECTIEF,
  entriesPrivate,
  parseLiveCommandMessage,
  phaseActions,
  phaseBoardIds,
  requiredAction,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BoundedMap } from '../../../engine/memory/bounded-map';
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
  PipelineResult,
  RoomCommandContext,
  RoomCommands,
} from '../../../engine/live/command-pipeline';
import { Bumped } from '../../../engine/live/room-version';
import { SessionRow } from '../session-rows';
import type { SessionEntryRow, SessionGroupRow, SessionTagRow } from '../../../engine/database/tables.generated';
import { SqlParams } from '../../../engine/database/sql-params';
import {
  checkForRoom,
  CommandContext,
  CommandOutcome,
  DottedEntry,
  entriesGrouped,
  entryAdded,
  entryEdited,
  entryKindOf,
  entryRemoved,
  entryUngrouped,
  groupRenamed,
  insertEntry,
  readyChanged,
  roomOf,
  RulesContext,
  runCommand,
  tagAdded,
  tagRemoved,
  voteChanged,
} from './command-handlers';
import { sessionDeliveries } from './live-broadcaster';
import { SESSION_ROOM } from './session-room';
import { sessionEvent } from './session-version';

type LockedSession = SessionRow & { viewer_role: string | null };

/** What the dot rule reads of the entry `e` a dot is on (DottedEntry). */
const DOTTED = 'e.id, e.phase_id, e.author_id, e.for_room, e.anonymous';

const COURSE = 'changes the rules every command is decided on (status, phase, disclosure): the next command reads the row afresh anyway';
const TIMER = "the timer's arithmetic reads the locked row's timer at the database's time after the lock";

/** Which commands have a one-statement form (LiveCommandsService.fast); the others take the full pipeline, for the reason given. */
const STATEMENTS: OneStatementCatalogue<LiveCommandType> = {
  startSession: { fullPipeline: COURSE },
  endSession: { fullPipeline: `${COURSE}; gathers the harvest drafts and discloses what the phase kept to itself` },
  goToPhase: { fullPipeline: `${COURSE}; gathers the harvest drafts and discloses what the phase kept to itself` },
  reveal: { fullPipeline: `${COURSE}; discloses the phase's entries` },
  timerStart: { fullPipeline: TIMER },
  timerPause: { fullPipeline: TIMER },
  timerExtend: { fullPipeline: TIMER },
  contribute: 'one statement',
  ask: 'one statement',
  editEntry: 'one statement',
  removeEntry: 'one statement',
  group: 'one statement',
  ungroup: 'one statement',
  renameGroup: 'one statement',
  vote: 'one statement',
  unvote: 'one statement',
  tag: 'one statement',
  untag: 'one statement',
  markReady: 'one statement',
};

/** Sessions whose rules row this process remembers; beyond this the oldest is forgotten (it is read again by its next command). */
const REMEMBERED_SESSIONS = 2_000;
type CommandAcked = Extract<LiveCommandAck, { ok: true }>;

/** The ack for the sender, and the event for the room (null when nothing changed or on a replay). */
export type CommandResult = PipelineResult<LiveEvent, CommandAcked>;

/**
 * The case room's configuration of the live-room kit (engine/live): how its
 * messages read, which texts the guard checks (LIVE_COMMAND_TEXT_GUARDS), the
 * lock with the person's place in the session, the rules every command
 * shares (LIVE_COMMAND_RULES) before its handler (command-handlers.ts) runs,
 * and the event every screen receives.
 */
@Injectable()
export class LiveCommandsService implements RoomCommands<LiveCommand, LockedSession, LiveEventBody, LiveEvent, CommandAcked> {
  readonly kind = SESSION_ROOM;
  readonly eventName = LIVE_SOCKET_EVENTS.event;
  readonly textGuards = LIVE_COMMAND_TEXT_GUARDS;
  readonly statements = STATEMENTS;

  /** The rules row of each session as its last full command locked it (see `fast`). */
  private readonly rules = new BoundedMap<string, SessionRow>(REMEMBERED_SESSIONS);

  constructor(
    private readonly pipeline: LiveCommandPipeline,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Runs one command through the kit's pipeline (the gateway does this too, and then acks and publishes). */
  execute(viewer: Viewer, access: TenantAccess, raw: unknown): Promise<CommandResult> {
    return this.pipeline.run(this, viewer, access, raw);
  }

  parse(raw: unknown): ParsedRoomCommand<LiveCommand> {
    const parsed = parseLiveCommandMessage(raw);
    return parsed.ok ? roomMessage(parsed.message.sessionId, parsed.message) : parsed;
  }

  /**
   * Whether the session gives its resident a pseudonym: it is about a case (the guard's advice then says "Gebruik het
   * pseudoniem", otherwise "Beschrijf de situatie zonder namen"). From the remembered rules row, else read once.
   */
  async roomPseudonym(sessionId: string, access: TenantAccess): Promise<boolean> {
    const known = this.rules.get(sessionId);
    if (known) return known.case_id !== null;
    const rows: { about_case: boolean }[] = await this.db.query(
      `SELECT case_id IS NOT NULL AS about_case FROM reflection_session WHERE id = $1 AND organisation_id = $2`,
      [sessionId, access.organisationId],
    );
    return rows[0]?.about_case ?? false;
  }

  async lock(manager: EntityManager, sessionId: string, viewer: Viewer): Promise<LockedSession> {
    const [session]: LockedSession[] = await manager.query(
      `SELECT s.*, p.role AS viewer_role FROM reflection_session s
       LEFT JOIN session_participant p ON p.session_id = s.id AND p.person_id = $2
       WHERE s.id = $1 FOR UPDATE OF s`,
      [sessionId, viewer.personId],
    );
    if (!session) throw new UserError('NOT_FOUND');
    this.remember(session);
    if (!session.viewer_role) throw new UserError('SESSION_NOT_PARTICIPANT');
    return session;
  }

  /**
   * The common commands in one statement, decided on the rules row the last
   * full command of this session locked and stored only where that row's
   * rules version still matches (`rules_version`, which a trigger raises with
   * every change to what the rules read: status, phase, disclosure,
   * moderator, one-screen mode, method; migration 1768900000000) and the
   * person is still in the session (the
   * kit adds login, access and guard names): adding an entry (contribute,
   * ask; the entry limit on the locked row), editing or removing an entry,
   * grouping, a dot and a value tag, taking them back, and being ready
   * (their writes carry the entry's conditions: the person's own, in this
   * phase, on the board, visible to them). The course of the session
   * (STATEMENTS), anything not remembered, or a write that finds nothing
   * takes the full pipeline, which refuses with the exact reason.
   */
  fast({ roomId, viewer, clientKey, command }: FastCommandInput<LiveCommand>, params: SqlParams): FastCommand<LiveEventBody, never> | null {
    const known = this.rules.get(roomId);
    if (!known) return null;
    const ctx = this.rulesContext(known, viewer, clientKey);
    try {
      this.check(ctx, command, viewer);
      if ('forRoom' in command) checkForRoom(ctx, command.forRoom);
    } catch {
      return null;
    }
    const still = [
      `r.rules_version = ${params.add(known.rules_version)}::bigint`,
      `EXISTS (SELECT 1 FROM session_participant p WHERE p.session_id = r.id AND p.person_id = ${params.add(viewer.personId)})`,
    ];
    return fastCommand(still, this.fastPlan(ctx, command, params));
  }

  /** The command's own part of the one statement (see `fast`); null where it has none. */
  private fastPlan(ctx: RulesContext, command: LiveCommand, params: SqlParams): FastPlan<LiveEventBody> | null {
    const { session, phase, personId, isModerator } = ctx;
    const room = roomOf(session);
    // Entries of another phase the viewer may not see yet would need their own refusal: the full pipeline words it.
    const privatePhases = session.method_snapshot.phases.filter((p) => entriesPrivate(room, p.id)).map((p) => p.id);
    const noPrivatePhase = privatePhases.length === 0;
    /** On the current phase's board (entryOnBoard). */
    const board = (e: string) =>
      `(${e}.phase_id = ${params.add(phase.id)} OR (${e}.kind <> 'question' AND ${e}.phase_id = ANY(${params.add(phaseBoardIds(session.method_snapshot.phases, session.current_phase_index))}::text[])))`;
    /** The entry of the command, as the full handlers require it: this session's, and on the current phase's board. */
    const onBoard = (entryId: string) => `e.id = ${params.add(entryId)} AND e.session_id = room.id AND ${board('e')}`;
    /** Seen by the person (entryVisibleTo): someone else's private entry is as unknown as a missing one. */
    const visible = (e: string) =>
      noPrivatePhase
        ? 'true'
        : `(${e}.for_room OR ${e}.author_id = ${params.add(personId)}::uuid OR NOT ${e}.phase_id = ANY(${params.add(privatePhases)}::text[]))`;
    /** A group left without entries once `entryIds` leave it goes (dropEmptyGroups); settled, so the snapshot's entries are current. */
    const emptied = (groups: string, entryIds: string) =>
      `DELETE FROM session_group g USING ${groups} WHERE NOT EXISTS (SELECT 1 FROM session_entry x WHERE x.group_id = g.id AND NOT x.id = ANY(${entryIds}))`;
    switch (command.type) {
      case 'contribute':
      case 'ask': {
        const entry = { ...command, kind: entryKindOf(command) };
        // Counted here, in the UPDATE of the session row the statement makes anyway; the trigger leaves this entry alone.
        // An entry with an author is its own receipt (it keeps the room version); one written for the room has none.
        const ownReceipt = !entry.forRoom;
        const source = {
          organisationId: 'room.organisation_id',
          sessionId: 'room.id',
          from: 'FROM room',
          countedId: randomUUID(),
          receiptVersion: ownReceipt ? 'room.version' : undefined,
        };
        return {
          still: `r.entry_count < ${params.add(LIVE_LIMITS.maxEntriesPerSession)}`,
          set: 'entry_count = r.entry_count + 1',
          applied: insertEntry(params, ctx, entry, source),
          createdId: 'id',
          createdRowIsReceipt: ownReceipt,
          result: (row: SessionEntryRow) => entryAdded(ctx, row),
        };
      }
      case 'editEntry':
        // The author's own entry, or a room entry for the moderator, in the current phase (checkOwnEntry).
        return {
          applied: `UPDATE session_entry e SET body = ${params.add(command.body)}, edited_at = clock_timestamp(), flagged = false FROM room
            WHERE e.id = ${params.add(command.entryId)} AND e.session_id = room.id AND e.phase_id = ${params.add(phase.id)}
              AND (e.author_id = ${params.add(personId)} OR (e.for_room AND ${params.add(isModerator)}))
            RETURNING e.id, e.phase_id, e.for_room, e.edited_at`,
          createdId: null,
          result: (row: Pick<SessionEntryRow, 'id' | 'phase_id' | 'for_room' | 'edited_at'>) =>
            entryEdited(ctx, row, { body: command.body, editedAt: row.edited_at!, flagged: false }),
        };
      case 'vote': {
        if (!noPrivatePhase) return null;
        const voterId = command.forRoom ? null : personId;
        const voter = params.add(voterId);
        // The budget is a sum over other rows and the card may have been removed meanwhile: only on a settled snapshot.
        const budget = voterId
          ? `(SELECT coalesce(sum(v.count), 0) FROM session_vote v WHERE v.session_id = r.id AND v.phase_id = ${params.add(phase.id)} AND v.voter_id = ${voter}::uuid) < r.vote_budget`
          : '';
        // A dot on an anonymous entry takes the full pipeline: the others are told the entry's count, read after the lock.
        return {
          still: budget,
          settled: true,
          with: `voted AS (INSERT INTO session_vote (organisation_id, session_id, phase_id, entry_id, voter_id, count)
            SELECT room.organisation_id, room.id, ${params.add(phase.id)}, e.id, ${voter}::uuid, 1 FROM room JOIN session_entry e ON ${onBoard(command.entryId)} AND NOT e.anonymous
            ON CONFLICT ON CONSTRAINT session_vote_uq DO UPDATE SET count = session_vote.count + 1 RETURNING entry_id, count)`,
          applied: `SELECT voted.count, ${DOTTED} FROM voted JOIN session_entry e ON e.id = voted.entry_id`,
          createdId: null,
          result: (row: DottedEntry & { count: number }) => voteChanged(ctx, row, voterId, row.count, null),
        };
      }
      case 'tag':
        if (!noPrivatePhase) return null;
        // A tag that is there already changes nothing: no row, the full pipeline answers it (UNCHANGED).
        // Settled: the card may have been removed meanwhile.
        return {
          settled: true,
          applied: `INSERT INTO session_tag (organisation_id, session_id, phase_id, entry_id, item_id, direction, framework_version, tagged_by, created_at)
            SELECT room.organisation_id, room.id, ${params.add(phase.id)}, e.id, ${params.add(command.itemId)}, ${params.add(command.direction)},
              ${params.add(MENSPERSPECTIEF.version)}, ${params.add(personId)}, clock_timestamp() FROM room JOIN session_entry e ON ${onBoard(command.entryId)}
            ON CONFLICT (entry_id, item_id, direction) DO NOTHING RETURNING *`,
          createdId: 'id',
          result: (row: SessionTagRow) => tagAdded(ctx, row, false),
        };
      case 'untag':
        return {
          applied: `DELETE FROM session_tag t USING room, session_entry e
            WHERE t.id = ${params.add(command.tagId)} AND t.session_id = room.id AND e.id = t.entry_id AND ${visible('e')}
            RETURNING e.for_room, e.phase_id`,
          createdId: null,
          result: (entry: Pick<SessionEntryRow, 'for_room' | 'phase_id'>) => tagRemoved(ctx, entry, command.tagId),
        };
      case 'unvote': {
        // A dot taken back: the last one of the card goes, otherwise one less; a dot that is not there is the full pipeline's (UNCHANGED).
        const voterId = command.forRoom ? null : personId;
        const where = `v.session_id = room.id AND v.entry_id = ${params.add(command.entryId)} AND v.phase_id = ${params.add(phase.id)}
          AND v.voter_id IS NOT DISTINCT FROM ${params.add(voterId)}::uuid`;
        // On an anonymous entry: the full pipeline, as for a dot placed.
        const entry = `e.id = v.entry_id AND NOT e.anonymous`;
        return {
          with: `removed AS (DELETE FROM session_vote v USING room, session_entry e WHERE ${where} AND ${entry} AND v.count = 1 RETURNING 0 AS count, ${DOTTED}),
            lowered AS (UPDATE session_vote v SET count = v.count - 1 FROM room, session_entry e WHERE ${where} AND ${entry} AND v.count > 1 RETURNING v.count, ${DOTTED})`,
          applied: 'SELECT * FROM removed UNION ALL SELECT * FROM lowered',
          createdId: null,
          result: (row: DottedEntry & { count: number }) => voteChanged(ctx, row, voterId, row.count, null),
        };
      }
      case 'group': {
        // Every entry this session's, seen by the person and on the board, or nothing (the full pipeline words which).
        const ids = `${params.add(command.entryIds)}::uuid[]`;
        const target = command.groupId
          ? `SELECT g.id, g.phase_id, g.label FROM session_group g, room WHERE g.id = ${params.add(command.groupId)} AND g.session_id = room.id`
          : `INSERT INTO session_group (organisation_id, session_id, phase_id, label, created_at)
              SELECT room.organisation_id, room.id, ${params.add(phase.id)}, ${params.add(command.label)}, clock_timestamp() FROM room
              RETURNING id, phase_id, label`;
        return {
          settled: true,
          with: `target AS (${target}),
            moved AS (UPDATE session_entry e SET group_id = target.id FROM room, target
              WHERE e.id = ANY(${ids}) AND e.session_id = room.id AND ${visible('e')} AND ${board('e')} RETURNING e.for_room, e.phase_id),
            emptied AS (${emptied('room, target', ids)} AND g.session_id = room.id AND g.id <> target.id)`,
          applied: `SELECT target.id, target.phase_id, target.label, json_agg(json_build_object('for_room', moved.for_room, 'phase_id', moved.phase_id)) AS entries
            FROM target, moved GROUP BY target.id, target.phase_id, target.label HAVING count(*) = cardinality(${ids})`,
          createdId: command.groupId ? null : 'id',
          result: (
            row: Pick<SessionGroupRow, 'id' | 'phase_id' | 'label'> & { entries: Pick<SessionEntryRow, 'for_room' | 'phase_id'>[] },
          ) => entriesGrouped(ctx, row, row.entries, command.entryIds, !command.groupId),
        };
      }
      case 'ungroup': {
        const entry = params.add(command.entryId);
        return {
          settled: true,
          with: `was AS (SELECT e.id, e.group_id, e.for_room, e.phase_id FROM session_entry e, room
              WHERE e.id = ${entry} AND e.session_id = room.id AND e.group_id IS NOT NULL AND ${visible('e')}),
            ungrouped AS (UPDATE session_entry e SET group_id = NULL FROM was WHERE e.id = was.id RETURNING e.id),
            emptied AS (${emptied('was', `ARRAY[was.id]`)} AND g.id = was.group_id)`,
          applied: 'SELECT was.id, was.for_room, was.phase_id FROM was JOIN ungrouped ON ungrouped.id = was.id',
          createdId: null,
          result: (row: Pick<SessionEntryRow, 'id' | 'for_room' | 'phase_id'>) => entryUngrouped(ctx, row),
        };
      }
      case 'renameGroup':
        return {
          applied: `UPDATE session_group g SET label = ${params.add(command.label)} FROM room
            WHERE g.id = ${params.add(command.groupId)} AND g.session_id = room.id RETURNING g.id`,
          createdId: null,
          result: () => groupRenamed(command.groupId, command.label),
        };
      case 'removeEntry': {
        // The moderator may take out any entry they see; others only their own, in its phase (checkOwnEntry).
        const own = isModerator ? '' : `AND e.author_id = ${params.add(personId)}::uuid AND e.phase_id = ${params.add(phase.id)}`;
        return {
          settled: true,
          with: `removed AS (DELETE FROM session_entry e USING room
              WHERE e.id = ${params.add(command.entryId)} AND e.session_id = room.id AND ${visible('e')} ${own}
              RETURNING e.id, e.for_room, e.phase_id, e.group_id),
            emptied AS (${emptied('removed', 'ARRAY[removed.id]')} AND g.id = removed.group_id)`,
          applied: 'SELECT id, for_room, phase_id FROM removed',
          createdId: null,
          result: (row: Pick<SessionEntryRow, 'id' | 'for_room' | 'phase_id'>) => entryRemoved(ctx, row),
        };
      }
      case 'markReady': {
        const ready = params.add(command.ready ? phase.id : null);
        return {
          applied: `UPDATE session_participant p SET ready_phase_id = ${ready}::text FROM room
            WHERE p.session_id = room.id AND p.person_id = ${params.add(personId)} AND p.ready_phase_id IS DISTINCT FROM ${ready}::text
            RETURNING p.person_id`,
          createdId: null,
          result: () => readyChanged(ctx, command.ready),
        };
      }
      default:
        return null;
    }
  }

  private remember({ viewer_role: _role, ...session }: LockedSession): void {
    this.rules.set(session.id, session);
  }

  private rulesContext(session: SessionRow, viewer: Viewer, clientKey: string): RulesContext {
    return {
      session,
      phase: session.method_snapshot.phases[session.current_phase_index],
      personId: viewer.personId,
      isModerator: session.moderator_id === viewer.personId,
      language: viewer.preferredLanguage,
      clientKey,
    };
  }

  async apply({
    manager,
    room: session,
    viewer,
    clientKey,
    command,
    now,
    flagged,
  }: RoomCommandContext<LiveCommand, LockedSession>): Promise<AppliedCommand<LiveEventBody>> {
    const ctx: CommandContext = { ...this.rulesContext(session, viewer, clientKey), manager, now, flagged };
    this.check(ctx, command, viewer);
    return runCommand(ctx, command);
  }

  event(sessionId: string, body: LiveEventBody, bumped: Bumped): LiveEvent {
    return sessionEvent(sessionId, body, bumped);
  }

  readonly ack = receiptAck;

  /** `applied` is what this room's handlers produced (CommandOutcome): what the others see of a change only its actor may see whole. */
  deliveries(_sessionId: string, event: LiveEvent, applied?: CommandOutcome) {
    return sessionDeliveries(event, applied?.onlyFor, applied?.othersSee);
  }

  /** The rules every command shares (LIVE_COMMAND_RULES), before its own handler runs. */
  private check(ctx: RulesContext, command: LiveCommand, viewer: Viewer): void {
    const rule = LIVE_COMMAND_RULES[command.type];
    if (rule.moderatorOnly && !ctx.isModerator) throw new UserError('SESSION_MODERATOR_ONLY');
    if (rule.whilePlanned) {
      if (ctx.session.status !== 'planned') throw new UserError('SESSION_NOT_PLANNED');
      return;
    }
    if (ctx.session.status !== 'live') throw new UserError('SESSION_NOT_LIVE');
    if (rule.phaseBound && 'phaseId' in command && command.phaseId !== ctx.phase.id) throw new UserError('SESSION_PHASE_MOVED');
    const action = requiredAction(command);
    // Named as the screen names it: the phase's own title ("Lessen"), not its kind ("Oogsten").
    if (action && !phaseActions(ctx.session.method_snapshot.phases, ctx.session.current_phase_index).includes(action)) {
      throw new UserError('SESSION_ACTION_NOT_IN_PHASE', { phase: ctx.phase.title[viewer.preferredLanguage] });
    }
  }
}
