import { asksRoomPseudonym, CommandTextCatalogue, commandTexts, ErrorCode } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { UserError } from '../graphql/user-error';
import { GroupCommit } from '../database/group-commit';
import { SqlParams } from '../database/sql-params';
import { ContentGuardService, NamesCurrent } from '../privacy/content-guard.service';
import { answersOf } from '../privacy/utils/answers-of';
import { organisationIdsOf } from '../auth/viewer-memberships';
import { exactlyOnce, isFastPathMissed, lookupReceipt, StoredReceipt } from './command-receipt';
import { isUniqueViolation } from '../database/utils/unique-violation';
import { Delivery, LiveRoomKind } from './room-kind';
import { Bumped, recordChange } from './room-version';

/** A command message after the room's parser checked it. */
export interface RoomCommandMessage<C> {
  readonly roomId: string;
  readonly clientKey: string;
  readonly command: C;
  /** "Ik heb dit gecontroleerd": covers the findings the author's screen could mark itself before sending. */
  readonly acknowledgeWarnings: boolean;
  /** The findings only the server could make that a refusal showed and the author confirmed, by id (findingId). */
  readonly acknowledgedFindings: readonly string[];
  /** "Toch bewaren": the author keeps a text the escalation guardrail flagged, knowingly. */
  readonly keepFlaggedText: boolean;
  /** The escalation prompt that keep answers, when the screen had one. */
  readonly escalationPromptId: string | null;
}

export type ParsedRoomCommand<C> =
  { ok: true; message: RoomCommandMessage<C> } | { ok: false; problem: { code: ErrorCode; params?: Record<string, string | number> } };

/** What a room's message parser gives (the room id under the room's own name); the kit defaults the optional flags. */
interface ParsedMessage<C> {
  readonly clientKey: string;
  readonly command: C;
  readonly acknowledgeWarnings?: boolean;
  readonly acknowledgedFindings?: readonly string[];
  readonly keepFlaggedText?: boolean;
  readonly escalationPromptId?: string;
}

/** A room's parsed message as the kit reads it. */
export function roomMessage<C>(roomId: string, message: ParsedMessage<C>): ParsedRoomCommand<C> {
  return {
    ok: true,
    message: {
      roomId,
      clientKey: message.clientKey,
      command: message.command,
      acknowledgeWarnings: message.acknowledgeWarnings ?? false,
      acknowledgedFindings: message.acknowledgedFindings ?? [],
      keepFlaggedText: message.keepFlaggedText ?? false,
      escalationPromptId: message.escalationPromptId ?? null,
    },
  };
}

/** What a room's handler works with: its locked row, inside the command's transaction. */
export interface RoomCommandContext<C, R> {
  readonly manager: EntityManager;
  /** The room row, locked by `lock` until the commit: commands of one room apply one at a time, on any API process. */
  readonly room: R;
  readonly viewer: Viewer;
  readonly access: TenantAccess;
  readonly clientKey: string;
  readonly command: C;
  /** Database time taken after the lock was granted: every stored time follows the version order. */
  readonly now: Date;
  /** The command's text looked like an escalation and its author kept it knowingly: stored, flagged where the room keeps a flag. */
  readonly flagged: boolean;
}

/** What applying a command produced: the event's body (null when nothing changed) and what the receipt keeps. */
export interface AppliedCommand<B> {
  readonly body: B | null;
  readonly createdId: string | null;
  /** The change is for this person's screens only, for now (a private entry, a hidden dot); the room's deliveries say what the others get. */
  readonly onlyFor?: string;
}

/** The result a receipt keeps (what the ack is made from), first time or replayed. */
export interface CommandReceiptResult {
  readonly version: number;
  readonly replayed: boolean;
  readonly createdId: string | null;
}

/** The ack of a room whose receipts keep nothing besides the created id: the version, whether it was a replay, and that id. */
export async function receiptAck(_manager: EntityManager, { version, replayed, createdId }: CommandReceiptResult) {
  return { ok: true as const, version, replayed, createdId };
}

/**
 * One room kind's commands: the kit runs the pipeline, the room says how to
 * read a message, which texts the content guard checks, how to lock and
 * authorise, how to apply, and what its event and ack look like.
 */
export interface RoomCommands<C extends { readonly type: string }, R, B, E, A> {
  readonly kind: LiveRoomKind;
  /** The socket event that carries the room's events. */
  readonly eventName: string;
  parse(raw: unknown): ParsedRoomCommand<C>;
  /** The room's catalogue of guarded command texts. */
  readonly textGuards: CommandTextCatalogue<C>;
  /** For texts declared `pseudonym: 'room'`: whether this room gives the person they are about a pseudonym (absent: no). */
  roomPseudonym?(roomId: string, access: TenantAccess): Promise<boolean>;
  /**
   * Names known only in this room (a mirror conversation's relatives), asked only when there is text to check.
   * `reuse`: for a one-statement attempt, names the room remembers may do (its `fast` then adds the condition that
   * they are still current); otherwise they are read afresh.
   */
  extraPeople?(roomId: string, access: TenantAccess, reuse: boolean): Promise<readonly string[]>;
  /** Reads the room row FOR UPDATE and refuses a person who is not in it (UserError). */
  lock(manager: EntityManager, roomId: string, viewer: Viewer, access: TenantAccess): Promise<R>;
  /** Checks the room's rules for the command and stores its change (UserError to refuse). */
  apply(ctx: RoomCommandContext<C, R>): Promise<AppliedCommand<B>>;
  /** The event for the room after a change, with the version and time of its bump. */
  event(roomId: string, body: B, bumped: Bumped): E;
  /** The ack, first time or replayed. */
  ack(manager: EntityManager, result: CommandReceiptResult): Promise<A>;
  /** Who receives the event (one delivery for everyone, or one per audience); `applied` is what the command produced. */
  deliveries(roomId: string, event: E, applied?: AppliedCommand<B>): readonly Delivery<unknown>[];
  /**
   * Per command type, whether it has a one-statement form (`fast`) or why it
   * always takes the full pipeline. A record over the room's command types,
   * so a new command must say which; live-one-statement.spec.ts sends every
   * command of the catalogue and counts its statements.
   */
  readonly statements: OneStatementCatalogue<C['type']>;
  /**
   * The command in one statement (FastCommand), when the room can decide it
   * from what it already knows; null (or absent) takes the full pipeline,
   * which then gives the exact refusal when there is one.
   */
  fast?(input: FastCommandInput<C>, params: SqlParams): FastCommand<B, never> | null;
}

/** A command's own part of its one statement; `fastCommand` adds the conditions every command of the room shares. */
export type FastPlan<B> = Omit<FastCommand<B, never>, 'still'> & { readonly still?: string };

/** The one statement of a command (null: it has none): the room's shared conditions on its row, then the command's own. */
export function fastCommand<B>(roomConditions: readonly string[], plan: FastPlan<B> | null): FastCommand<B, never> | null {
  return plan && { ...plan, still: [...roomConditions, ...(plan.still ? [plan.still] : [])].join(' AND ') };
}

/** A command type's way through the kit: one statement, or the full pipeline for the reason given. */
export type OneStatementCatalogue<T extends string> = { readonly [K in T]: 'one statement' | { readonly fullPipeline: string } };

export interface FastCommandInput<C> {
  readonly roomId: string;
  readonly viewer: Viewer;
  readonly clientKey: string;
  readonly command: C;
}

/**
 * A command decided ahead on what the room knew (its rules row as of the
 * last full command), stored in ONE statement: the kit updates the room row
 * (which takes its lock and bumps the version) only where `still` holds and
 * the login, access and guard names are unchanged, the command's writes read
 * that row, and the receipt follows (or the created row is it). If any
 * condition fails, or the command's write finds nothing to change (its WHERE
 * may hold the command's own conditions: the entry is the person's, on the
 * board, …), nothing is written and the full pipeline runs instead.
 *
 * Subqueries in `still` read the statement's snapshot, taken before the lock
 * was granted; a condition over other rows that a command of the same room
 * may have changed meanwhile (a dot budget) needs `settled` as well.
 */
export interface FastCommand<B, W> {
  /** Conditions on the room row `r` (its current, locked version) under which the command was decided. */
  readonly still: string;
  /**
   * Further assignments in the UPDATE of the room row besides the version
   * (e.g. `entry_count = r.entry_count + 1`): a count the command keeps
   * itself, so no trigger updates the row a second time.
   */
  readonly set?: string;
  /** Further columns of the updated room row `r` the CTE `room` returns (e.g. `r.status`, after `set`). */
  readonly returning?: string;
  /**
   * Further CTEs (`name AS (…), …`) between `room` and `applied`, for a
   * command that changes more than one table (data-modifying statements may
   * stand only at the top level). Each reads `room`, so it changes nothing
   * when the room's conditions failed.
   */
  readonly with?: string;
  /**
   * One statement reading the CTE `room` (id, organisation_id, version, at and `returning`) and the `with` CTEs; it
   * RETURNS the stored row. Returning no row undoes the whole statement (the full pipeline then decides).
   */
  readonly applied: string;
  /**
   * Only if no other change of the room committed since the statement's
   * snapshot: the room row's version (re-read once the lock is granted)
   * still equals the snapshot's, so every subquery read what a statement
   * after the lock would read. Otherwise the full pipeline runs.
   */
  readonly settled?: boolean;
  /** The column of the `applied` row the receipt keeps as created_id. */
  readonly createdId: string | null;
  /**
   * The row `applied` creates is the command's receipt, so the kit writes no receipt row: it holds the person and the
   * clientKey under a unique index, stores `room.version`, and the room's `ReceiptTable.readFrom` reads it as a
   * receipt (a contribution's entry, migration 1769340000000). A twin's insert fails on that index: a replay.
   */
  readonly createdRowIsReceipt?: boolean;
  /** What the command produced, from the `applied` row (W: the row its own statement returns). */
  result(row: W): AppliedCommand<B>;
}

/** The ack for the sender, and what the room receives (none when nothing changed or on a replay). */
export interface PipelineResult<E, A> {
  readonly ack: A;
  readonly event: E | null;
  readonly deliveries: readonly Delivery<unknown>[];
  /** The clientKey had been applied before: nothing was applied (or recorded) again. */
  readonly replayed: boolean;
}

/**
 * The command's statement found the viewer's login ended or their access
 * changed since the socket last read it: nothing was stored; the gateway
 * decides the right afresh (SocketAccess.reauthorise) and runs it again.
 */
export class AccessMovedError extends Error {
  constructor() {
    super('The login or access behind this socket changed');
  }
}

/**
 * The one command pipeline of every live room: authorise (the policy guard
 * before, the room's lock here) → content guard → lock the room row → receipt
 * lookup in its own statement → apply → version bump + receipt in one
 * statement → commit. The gateway then acks and publishes (LiveRoomGateway),
 * so an ack always means the change is stored. A refused command throws a
 * UserError and leaves everything as it was.
 */
@Injectable()
export class LiveCommandPipeline {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
    private readonly viewers: ViewerService,
    private readonly groups: GroupCommit,
  ) {}

  async run<C extends { readonly type: string }, R, B, E, A>(
    room: RoomCommands<C, R, B, E, A>,
    viewer: Viewer,
    access: TenantAccess,
    raw: unknown,
  ): Promise<PipelineResult<E, A>> {
    const parsed = room.parse(raw);
    if (!parsed.ok) throw new UserError(parsed.problem.code, parsed.problem.params);
    const { roomId, clientKey, command, keepFlaggedText, escalationPromptId } = parsed.message;
    // The content guard before anything is stored: the texts the room's catalogue declares, with the room's own names;
    // a text that looks like a complaint, calamity, abuse or data breach is refused with the organisation's procedure
    // unless kept knowingly, and that choice is recorded once the command is stored (surface, who, choice; never the text).
    // A dot or a phase change has no such text: the room is not asked (no read on their path).
    const roomPseudonym = asksRoomPseudonym(room.textGuards, command) && ((await room.roomPseudonym?.(roomId, access)) ?? false);
    const texts = commandTexts(room.textGuards, command, roomPseudonym);
    const escalation = {
      surface: `${room.kind.name}:${command.type}`,
      keep: keepFlaggedText,
      answers: escalationPromptId,
      witness: { organisationId: access.organisationId, personId: viewer.personId },
    };
    // "Ik heb dit gecontroleerd" covers what the screen's own check marks, with the names of the viewer's organisations
    // (contentGuardNames); a room's extra names are not among them: a mirror conversation's live screens know its
    // relatives by pseudonym only, so a relative's name is confirmed by its id after the refusal showed it.
    const answers = answersOf(parsed.message);
    const admit = async (reuseNames: boolean) =>
      this.guard.admit([access.organisationId], texts, answers, viewer.preferredLanguage, escalation, {
        extraPeople: texts.length > 0 && room.extraPeople ? await room.extraPeople(roomId, access, reuseNames) : [],
        device: { scope: organisationIdsOf(viewer) },
        reuseNames,
      });
    const params = new SqlParams();
    const plan =
      room.statements[command.type as C['type']] === 'one statement'
        ? (room.fast?.({ roomId, viewer, clientKey, command }, params) ?? null)
        : null;
    if (plan) {
      const admitted = await admit(true);
      const done = admitted.flagged ? null : await this.once(room, viewer, access, parsed.message, plan, params, admitted.namesCurrent);
      if (done) return done;
    }
    // The full pipeline, with the guard's names read afresh (the fast path may have failed on them).
    const { flagged } = await admit(false);
    // One after the other with the room's one statements in this process, so their answers keep the version order.
    const result = await this.groups.holdingRoom(lockKeyOf(room.kind, roomId), () =>
      exactlyOnce(
        this.db,
        (manager) => this.apply(room, manager, viewer, access, parsed.message, flagged),
        () => this.replay(room, viewer, roomId, clientKey),
        room.kind.receipts,
      ),
    );
    // A replay was kept (and recorded) the first time.
    if (flagged && !result.replayed) await this.guard.keptFlagged(escalation);
    return result;
  }

  /**
   * The fast path: the kit's conditions (login and access unchanged, guard
   * names current, the room's `still`), the version bump, the command's
   * writes and the receipt in one statement, so one round trip. Null when a
   * condition did not hold (nothing was written). A receipt that exists
   * already (a duplicate, also one in flight) is a unique violation: answered
   * as the replay it is (the statement's snapshot cannot see a twin that
   * committed while it waited for the lock, the unique index can).
   */
  private async once<C extends { readonly type: string }, R, B, E, A>(
    room: RoomCommands<C, R, B, E, A>,
    viewer: Viewer,
    access: TenantAccess,
    { roomId, clientKey }: RoomCommandMessage<C>,
    plan: FastCommand<B, never>,
    params: SqlParams,
    namesCurrent: NamesCurrent | null,
  ): Promise<PipelineResult<E, A> | null> {
    const { table, receipts } = room.kind;
    // The created row's column that is never null once it is written: it then stands for the receipt.
    const ownReceipt = plan.createdRowIsReceipt && receipts.readFrom ? plan.createdId : null;
    const roomParam = params.add(roomId);
    const conditions = [
      plan.still,
      // The room is the organisation's the policy guard admitted the socket to.
      `r.organisation_id = ${params.add(access.organisationId)}`,
      this.viewers.stillOpen(viewer, params),
      ...(namesCurrent ? [namesCurrent(params)] : []),
      // The uncorrelated subquery is evaluated once, on the snapshot; `r` is re-read when the lock is granted.
      ...(plan.settled ? [`r.version = (SELECT s.version FROM ${table} s WHERE s.id = ${roomParam})`] : []),
    ];
    const sql = `WITH room AS (
        UPDATE ${table} r SET version = r.version + 1${plan.set ? `, ${plan.set}` : ''}
        WHERE r.id = ${roomParam} AND ${conditions.map((c) => `(${c})`).join(' AND ')}
        RETURNING r.id, r.organisation_id, r.version, clock_timestamp() AS at${plan.returning ? `, ${plan.returning}` : ''}),${
          plan.with
            ? `
      ${plan.with},`
            : ''
        }
      applied AS (${plan.applied})${
        ownReceipt
          ? ''
          : `,
      receipt AS (
        INSERT INTO ${receipts.table} (${receipts.roomColumn}, organisation_id, version, person_id, client_key, created_id)
        SELECT room.id, room.organisation_id, room.version, ${params.add(viewer.personId)}, ${params.add(clientKey)}, ${plan.createdId ? `applied.${plan.createdId}` : 'NULL'}
        FROM room, applied RETURNING version)`
      }
      SELECT room.version AS kring_room_version, room.at AS kring_room_at, applied.*
      FROM room LEFT JOIN ${ownReceipt ? 'applied' : '(applied CROSS JOIN receipt)'} ON true
      WHERE CASE WHEN ${ownReceipt ? `applied.${ownReceipt}` : 'receipt.version'} IS NULL THEN live_fast_path_missed() ELSE true END`;
    let rows: Record<string, unknown>[];
    try {
      // Prepared: the text is the same for every command of a kind (values are parameters), so it is planned once per
      // connection. Under load it is committed together with other commands' statements (GroupCommit).
      rows = await this.groups.run(sql, params.values, lockKeyOf(room.kind, roomId));
    } catch (error) {
      // The room row was bumped but the command's write found nothing to change: all undone (migration 1768500001000).
      if (isFastPathMissed(error)) return null;
      // The receipt (or a row the command keys by its clientKey, such as an entry) exists: another copy came first.
      // Without a receipt it was some other conflict, which the full pipeline decides and words.
      if (!isUniqueViolation(error)) throw error;
      return this.replay(room, viewer, roomId, clientKey);
    }
    if (rows.length === 0) return null;
    const { kring_room_version: version, kring_room_at: at, ...row } = rows[0];
    // The row is what the room's own `applied` statement returned (the W of its FastCommand).
    const applied = plan.result(row as never);
    // The receipt of the one statement keeps no further columns.
    return this.stored(room, this.db.manager, roomId, applied, { version: Number(version), at: at as Date });
  }

  private async apply<C extends { readonly type: string }, R, B, E, A>(
    room: RoomCommands<C, R, B, E, A>,
    manager: EntityManager,
    viewer: Viewer,
    access: TenantAccess,
    { roomId, clientKey, command }: RoomCommandMessage<C>,
    flagged: boolean,
  ): Promise<PipelineResult<E, A>> {
    const locked = await room.lock(manager, roomId, viewer, access);
    // The socket's right is verified here, after the lock, in the same statement as the receipt (the guard reused its last check).
    const { now, receipt, allowed } = await lookupReceipt(manager, room.kind.receipts, roomId, viewer.personId, clientKey, (params) =>
      this.viewers.stillOpen(viewer, params),
    );
    if (!allowed) throw new AccessMovedError();
    if (receipt) return { ack: await room.ack(manager, fromReceipt(receipt)), event: null, deliveries: [], replayed: true };
    const applied = await room.apply({ manager, room: locked, viewer, access, clientKey, command, now, flagged });
    // Nothing changed: the key is still spent (a replay must not apply it later either), the version stays.
    const bumped = await recordChange(
      manager,
      room.kind,
      roomId,
      { personId: viewer.personId, clientKey, createdId: applied.createdId },
      applied.body !== null,
    );
    return this.stored(room, manager, roomId, applied, bumped);
  }

  /** The ack of a command stored the first time, and its event and deliveries (none when nothing changed). */
  private async stored<C extends { readonly type: string }, R, B, E, A>(
    room: RoomCommands<C, R, B, E, A>,
    manager: EntityManager,
    roomId: string,
    applied: AppliedCommand<B>,
    bumped: Bumped,
  ): Promise<PipelineResult<E, A>> {
    const ack = await room.ack(manager, {
      version: bumped.version,
      replayed: false,
      createdId: applied.createdId,
    });
    if (applied.body === null) return { ack, event: null, deliveries: [], replayed: false };
    const event = room.event(roomId, applied.body, bumped);
    return { ack, event, deliveries: room.deliveries(roomId, event, applied), replayed: false };
  }

  /** A copy of a command that lost the race to its twin: answered with the twin's result. */
  private async replay<C extends { readonly type: string }, R, B, E, A>(
    room: RoomCommands<C, R, B, E, A>,
    viewer: Viewer,
    roomId: string,
    clientKey: string,
  ): Promise<PipelineResult<E, A> | null> {
    const { receipt } = await lookupReceipt(this.db.manager, room.kind.receipts, roomId, viewer.personId, clientKey);
    return receipt ? { ack: await room.ack(this.db.manager, fromReceipt(receipt)), event: null, deliveries: [], replayed: true } : null;
  }
}

/** The room row a command locks first, as the group commit knows it. */
function lockKeyOf(kind: LiveRoomKind, roomId: string): string {
  return `${kind.table}:${roomId}`;
}

/** What a stored receipt answers a replay with. */
function fromReceipt(receipt: StoredReceipt): CommandReceiptResult {
  return { version: receipt.version, replayed: true, createdId: receipt.created_id };
}
