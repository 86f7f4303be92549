import {
  Language,
  entriesPrivate,
  entryOnBoard,
  entryVisibleTo,
  extendTimer,
  freshTimer,
  LIVE_LIMITS,
  LiveCommand,
  LiveCommandType,
  LiveEventBody,
  LiveTimer,
  MENSPERSPECTIEF,
  MethodPhase,
  pauseTimer,
  PhaseDisclosure,
  RoomDisclosureState,
  RoomDot,
  startTimer,
  votesForRoom,
  votesHidden,
  voteSight,
} from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { SessionEntryRow, SessionParticipantRow, SessionTagRow } from '../../../engine/database/tables.generated';
import { SqlParams } from '../../../engine/database/sql-params';
import { updateReturning } from '../../../engine/database/update-returning';
import { UserError } from '../../../engine/graphql/user-error';
import { SessionRow, TIMER_SET, timerOf, timerValues } from '../session-rows';
import { DOT_COLUMNS, DotRow, dotFromRow, entryFromRow, groupFromRow, GroupRow, tagFromRow, TagRow } from './live-rows';
import { gatherHarvestDrafts } from '../harvest/harvest-drafts';

/** What the rules of a command read: the session row (locked, or as the last full command saw it) and the actor. */
export type RulesContext = Omit<CommandContext, 'manager' | 'now' | 'flagged'>;

/** What a handler works with: the locked session row, inside the command's transaction. */
export interface CommandContext {
  manager: EntityManager;
  session: SessionRow;
  /** The current phase (the command was checked to be made for it). */
  phase: MethodPhase;
  personId: string;
  isModerator: boolean;
  /** For phase names in refusals: the phase as the screen shows it, in the viewer's language. */
  language: Language;
  /** The command's idempotency key; entries keep it so the author's screen recognises them. */
  clientKey: string;
  /** Database time taken after the session row was locked: one clock for every API process, in version order. */
  now: Date;
  /** The command's text looked like an escalation and its author kept it knowingly: the entry is stored flagged. */
  flagged: boolean;
}

/**
 * The event to broadcast, or null when nothing changed (e.g. a tag that was
 * already there). `onlyFor`: the change is one only its actor may see yet
 * (an entry in a private phase, a dot while the phase hides its votes); the
 * others get `othersSee` instead (a dot on an anonymous entry: only its
 * count), or else an `unseenChange`, with the same version (sessionDeliveries).
 */
export interface CommandOutcome {
  body: LiveEventBody | null;
  createdId: string | null;
  onlyFor?: string;
  othersSee?: LiveEventBody;
}

type Handler<T extends LiveCommandType> = (ctx: CommandContext, command: Extract<LiveCommand, { type: T }>) => Promise<CommandOutcome>;

const changed = (body: LiveEventBody, createdId: string | null = null): CommandOutcome => ({ body, createdId });
const UNCHANGED: CommandOutcome = { body: null, createdId: null };

/** A change only the actor may see while `hidden` (see CommandOutcome). */
const changedFor = (ctx: RulesContext, hidden: boolean, body: LiveEventBody, createdId: string | null = null): CommandOutcome =>
  hidden ? { body, createdId, onlyFor: ctx.personId } : changed(body, createdId);

/** Writing or voting for the room is the moderator's, and only in one-screen mode. */
export function checkForRoom(ctx: RulesContext, forRoom: boolean | undefined): void {
  if (!forRoom) return;
  if (!ctx.isModerator) throw new UserError('SESSION_MODERATOR_ONLY');
  if (!ctx.session.one_screen) throw new UserError('SESSION_ONE_SCREEN_ONLY');
}

/** What the room has been shown so far (phase behaviour, revealed and closed phases). */
export function roomOf(session: SessionRow): RoomDisclosureState {
  return { phases: session.method_snapshot.phases, revealedPhaseIds: session.revealed_phase_ids, closedPhaseIds: session.closed_phase_ids };
}

type EntryRow = SessionEntryRow;

/** An entry of this session the actor can see: someone else's private entry is as unknown as a missing one. */
async function entryOfSession(ctx: CommandContext, entryId: string): Promise<EntryRow> {
  const [entry] = await ctx.manager.query<EntryRow[]>(`SELECT * FROM session_entry WHERE id = $1 AND session_id = $2`, [
    entryId,
    ctx.session.id,
  ]);
  if (
    !entry ||
    !entryVisibleTo(roomOf(ctx.session), { phaseId: entry.phase_id, authorId: entry.author_id, forRoom: entry.for_room }, ctx.personId)
  ) {
    throw new UserError('NOT_FOUND');
  }
  return entry;
}

/** Still private to its author: changes to it reach only the actor (who is its author). */
export function isPrivate(ctx: RulesContext, entry: Pick<EntryRow, 'for_room' | 'phase_id'>): boolean {
  return !entry.for_room && entriesPrivate(roomOf(ctx.session), entry.phase_id);
}

/**
 * Grouping, voting and tagging work on the current phase's board: its own
 * entries and those of the earlier phases its behaviour names (worksWith).
 */
function checkOnBoard(ctx: CommandContext, entries: readonly EntryRow[]): void {
  const { phases } = ctx.session.method_snapshot;
  if (entries.some((e) => !entryOnBoard(phases, ctx.session.current_phase_index, { phaseId: e.phase_id, kind: e.kind })))
    throw new UserError('SESSION_ENTRY_NOT_ON_BOARD', { phase: ctx.phase.title[ctx.language] });
}

/**
 * The current phase closes (the moderator moves on or ends the session): it
 * counts as revealed and closed from now on, and whatever it kept to itself
 * goes to everyone in the event. Null when it was closed before.
 */
async function closePhase(ctx: CommandContext): Promise<PhaseDisclosure | null> {
  const room = roomOf(ctx.session);
  const phaseId = ctx.phase.id;
  if (room.closedPhaseIds.includes(phaseId)) return null;
  await ctx.manager.query(
    `UPDATE reflection_session SET closed_phase_ids = array_append(closed_phase_ids, $2),
       revealed_phase_ids = CASE WHEN $2 = ANY(revealed_phase_ids) THEN revealed_phase_ids ELSE array_append(revealed_phase_ids, $2) END
     WHERE id = $1`,
    [ctx.session.id, phaseId],
  );
  const { entries, tags } = entriesPrivate(room, phaseId) ? await phaseEntries(ctx, phaseId) : { entries: [], tags: [] };
  // Dots not every screen has yet (hidden, or on entries only their author saw) go to everyone now, as the room may see them.
  const closed: RoomDisclosureState = {
    ...room,
    revealedPhaseIds: room.revealedPhaseIds.includes(phaseId) ? room.revealedPhaseIds : [...room.revealedPhaseIds, phaseId],
    closedPhaseIds: [...room.closedPhaseIds, phaseId],
  };
  const votes = votesHidden(room, phaseId) || entriesPrivate(room, phaseId) ? votesForRoom(closed, await phaseDots(ctx, phaseId)) : null;
  return { phaseId, closes: true, entries, tags, votes };
}

/** A phase's dots with what the dot rule (voteSight) reads of their entries. */
async function phaseDots(ctx: CommandContext, phaseId: string): Promise<RoomDot[]> {
  const rows = await ctx.manager.query<DotRow[]>(
    `SELECT ${DOT_COLUMNS} FROM session_vote v JOIN session_entry e ON e.id = v.entry_id WHERE v.session_id = $1 AND v.phase_id = $2`,
    [ctx.session.id, phaseId],
  );
  return rows.map(dotFromRow);
}

/** A phase's entries and their tags, as the snapshot lists them. */
async function phaseEntries(ctx: CommandContext, phaseId: string): Promise<Pick<PhaseDisclosure, 'entries' | 'tags'>> {
  const entries = await ctx.manager.query<EntryRow[]>(
    `SELECT * FROM session_entry WHERE session_id = $1 AND phase_id = $2 AND body <> '' ORDER BY created_at, id`,
    [ctx.session.id, phaseId],
  );
  const tags = await ctx.manager.query<TagRow[]>(
    `SELECT t.id, t.phase_id, t.entry_id, t.item_id, t.direction FROM session_tag t JOIN session_entry e ON e.id = t.entry_id
     WHERE e.session_id = $1 AND e.phase_id = $2 ORDER BY t.created_at, t.id`,
    [ctx.session.id, phaseId],
  );
  return { entries: entries.map(entryFromRow), tags: tags.map(tagFromRow) };
}

/** Changing an entry: its author (or the moderator for room entries), while its phase is current. */
function checkOwnEntry(ctx: CommandContext, entry: EntryRow): void {
  const own = entry.author_id === ctx.personId || (entry.for_room && ctx.isModerator);
  if (!own) throw new UserError('SESSION_NOT_OWN_ENTRY');
  if (entry.phase_id !== ctx.phase.id) throw new UserError('SESSION_PHASE_MOVED');
}

/** A group exists as long as it holds an entry (the reducer does the same). */
async function dropEmptyGroups(ctx: CommandContext): Promise<void> {
  await ctx.manager.query(
    `DELETE FROM session_group g WHERE g.session_id = $1 AND NOT EXISTS (SELECT 1 FROM session_entry e WHERE e.group_id = g.id)`,
    [ctx.session.id],
  );
}

/** Stores the timer; `extraSet` may set more columns, with its parameters from $6 on. */
async function saveTimer(ctx: CommandContext, timer: LiveTimer, extraSet = '', extraParams: unknown[] = []): Promise<void> {
  await ctx.manager.query(`UPDATE reflection_session SET ${TIMER_SET}${extraSet} WHERE id = $1`, [
    ctx.session.id,
    ...timerValues(timer),
    ...extraParams,
  ]);
}

/** A new entry of the current phase, as its author wrote it (a room entry has no author). */
export interface NewEntry {
  kind: 'contribution' | 'question' | 'option';
  body: string;
  anonymous?: boolean;
  forRoom?: boolean;
  /** Its text looked like an escalation and its author kept it knowingly (shown flagged to the moderator). */
  flagged?: boolean;
}

/** The kind of entry a contribute or ask command adds. */
export function entryKindOf(command: Extract<LiveCommand, { type: 'contribute' | 'ask' }>): NewEntry['kind'] {
  return command.type === 'ask' ? 'question' : (command.entryKind ?? 'contribution');
}

/**
 * The INSERT of a new entry (the rules were checked by the caller), its
 * session and organisation from `source`: placeholders (the full pipeline)
 * or the locked room row of a live command's one statement (the fast path,
 * `from: 'FROM room'`). created_at is clock_timestamp() after the lock.
 */
export function insertEntry(
  params: SqlParams,
  ctx: RulesContext,
  entry: NewEntry,
  source: { organisationId: string; sessionId: string; from?: string; countedId?: string; receiptVersion?: string },
): string {
  // An entry its own statement counts (`countedId`, LiveCommandsService.fast) is left out by the count trigger's WHEN (migrations 1768900000000, 1769330001000).
  const id = source.countedId ? `set_config('kring.counted_entry', ${params.add(source.countedId)}, true)::uuid` : 'gen_random_uuid()';
  // `receiptVersion`: the entry is its command's receipt (FastCommand.createdRowIsReceipt, migration 1769340000000).
  return `INSERT INTO session_entry (id, organisation_id, session_id, phase_id, kind, body, author_id, anonymous, for_room, client_key, flagged, created_at, receipt_version)
    SELECT ${id}, ${source.organisationId}, ${source.sessionId}, ${params.add(ctx.phase.id)}, ${params.add(entry.kind)}, ${params.add(entry.body)},
      ${params.add(entry.forRoom ? null : ctx.personId)}::uuid, ${params.add(!!entry.anonymous)}, ${params.add(!!entry.forRoom)},
      ${params.add(ctx.clientKey)}, ${params.add(!!entry.flagged)}, clock_timestamp(), ${source.receiptVersion ?? 'NULL'} ${source.from ?? ''}
    RETURNING *`;
}

/** The outcome of a stored entry: it reaches only its author while the phase keeps entries to themselves. */
export function entryAdded(ctx: RulesContext, row: EntryRow): CommandOutcome {
  return changedFor(ctx, isPrivate(ctx, row), { type: 'entryAdded', entry: entryFromRow(row) }, row.id);
}

/** The outcome of an edited entry (shared by the full handler and the one-statement form): private entries stay the author's. */
export function entryEdited(
  ctx: RulesContext,
  entry: Pick<EntryRow, 'id' | 'for_room' | 'phase_id'>,
  change: { body: string; editedAt: Date; flagged: boolean },
): CommandOutcome {
  return changedFor(ctx, isPrivate(ctx, entry), {
    type: 'entryEdited',
    entryId: entry.id,
    body: change.body,
    editedAt: change.editedAt.toISOString(),
    flagged: change.flagged,
  });
}

/** An entry as the dot rule reads it: the columns of its row that voteSight needs. */
export type DottedEntry = Pick<EntryRow, 'id' | 'phase_id' | 'author_id' | 'for_room' | 'anonymous'>;

/**
 * The outcome of a dot placed or taken back (the voter's, or the room's for
 * the moderator): the voter's screens get it by name, the rest of the room
 * what voteSight lets it see: the same, only the version (hidden, or on an
 * entry it cannot see), or only the entry's count. `counted`: everyone's dots
 * on the entry in this phase, read for an anonymous entry (null where the
 * caller knows the entry is not anonymous).
 */
export function voteChanged(
  ctx: RulesContext,
  entry: DottedEntry,
  voterId: string | null,
  count: number,
  counted: number | null,
): CommandOutcome {
  const phaseId = ctx.phase.id;
  const body: LiveEventBody = { type: 'voteChanged', phaseId, entryId: entry.id, voterId, count };
  const dot: RoomDot = {
    phaseId,
    voterId,
    count,
    entry: { id: entry.id, phaseId: entry.phase_id, authorId: entry.author_id, forRoom: entry.for_room, anonymous: entry.anonymous },
  };
  const sight = voteSight(roomOf(ctx.session), dot, 'others');
  if (sight === 'voter') return changed(body);
  if (sight === 'nothing') return { body, createdId: null, onlyFor: ctx.personId };
  if (counted === null) throw new Error('A dot on an anonymous entry goes out as its count, which was not read');
  return {
    body,
    createdId: null,
    onlyFor: ctx.personId,
    othersSee: { type: 'voteCountChanged', phaseId, entryId: entry.id, count: counted },
  };
}

/** Everyone's dots (not the room's) on an anonymous entry in the current phase: what the room is told instead of who placed them. */
async function countedOn(ctx: CommandContext, entry: DottedEntry): Promise<number | null> {
  if (!entry.anonymous) return null;
  const [row] = await ctx.manager.query<{ counted: number }[]>(
    `SELECT coalesce(sum(count), 0)::int AS counted FROM session_vote WHERE session_id = $1 AND entry_id = $2 AND phase_id = $3 AND voter_id IS NOT NULL`,
    [ctx.session.id, entry.id, ctx.phase.id],
  );
  return row.counted;
}

/** The outcome of a new value tag: only the author sees it while the entry is private. */
export function tagAdded(ctx: RulesContext, tag: SessionTagRow, entryPrivate: boolean): CommandOutcome {
  return changedFor(ctx, entryPrivate, { type: 'tagAdded', tag: tagFromRow(tag) }, tag.id);
}

/** The outcome of a removed value tag: only the actor sees it while its entry is private. */
export function tagRemoved(ctx: RulesContext, entry: Pick<EntryRow, 'for_room' | 'phase_id'>, tagId: string): CommandOutcome {
  return changedFor(ctx, isPrivate(ctx, entry), { type: 'tagRemoved', tagId });
}

/** The outcome of a removed entry: only the actor sees it while it was private. */
export function entryRemoved(ctx: RulesContext, entry: Pick<EntryRow, 'id' | 'for_room' | 'phase_id'>): CommandOutcome {
  return changedFor(ctx, isPrivate(ctx, entry), { type: 'entryRemoved', entryId: entry.id });
}

/** The outcome of entries put in a group; `created`: the group is new (its id is the command's createdId). */
export function entriesGrouped(
  ctx: RulesContext,
  group: GroupRow,
  entries: readonly Pick<EntryRow, 'for_room' | 'phase_id'>[],
  entryIds: readonly string[],
  created: boolean,
): CommandOutcome {
  return changedFor(
    ctx,
    entries.some((e) => isPrivate(ctx, e)),
    { type: 'entriesGrouped', group: groupFromRow(group), entryIds },
    created ? group.id : null,
  );
}

/** The outcome of an entry taken out of its group. */
export function entryUngrouped(ctx: RulesContext, entry: Pick<EntryRow, 'id' | 'for_room' | 'phase_id'>): CommandOutcome {
  return changedFor(ctx, isPrivate(ctx, entry), { type: 'entryUngrouped', entryId: entry.id });
}

export const groupRenamed = (groupId: string, label: string): CommandOutcome => changed({ type: 'groupRenamed', groupId, label });

export const readyChanged = (ctx: RulesContext, ready: boolean): CommandOutcome =>
  changed({ type: 'readyChanged', personId: ctx.personId, ready });

async function addEntry(ctx: CommandContext, entry: NewEntry): Promise<CommandOutcome> {
  checkForRoom(ctx, entry.forRoom);
  // The safety limit reads the locked row's entry count (a trigger keeps it), never a count(*) over the entries.
  if (ctx.session.entry_count >= LIVE_LIMITS.maxEntriesPerSession) {
    throw new UserError('SESSION_TOO_MANY_ENTRIES', { max: LIVE_LIMITS.maxEntriesPerSession });
  }
  const params = new SqlParams();
  const source = { organisationId: params.add(ctx.session.organisation_id), sessionId: params.add(ctx.session.id) };
  const [row] = await ctx.manager.query<EntryRow[]>(insertEntry(params, ctx, entry, source), params.values);
  return entryAdded(ctx, row);
}

/**
 * One handler per command. Each runs inside the command's transaction after
 * the common checks (participant, moderator-only, session live, phase still
 * current, action allowed in this phase) and returns the event it produced.
 * Rows they make get `created_at = clock_timestamp()`: taken while the session
 * row is locked, it follows the version order, so a snapshot lists entries,
 * groups and tags in the order the events added them.
 */
const HANDLERS: { [T in LiveCommandType]: Handler<T> } = {
  async startSession(ctx) {
    const timer = freshTimer(ctx.session.method_snapshot.phases[0]);
    await saveTimer(ctx, timer, `, status = 'live', started_at = $6, current_phase_index = 0`, [ctx.now]);
    await ctx.manager.query(`UPDATE session_participant SET ready_phase_id = NULL WHERE session_id = $1`, [ctx.session.id]);
    return changed({ type: 'sessionStarted', timer });
  },

  async endSession(ctx) {
    const timer = pauseTimer(timerOf(ctx.session), ctx.now.getTime());
    await saveTimer(ctx, timer, `, status = 'closed', ended_at = $6`, [ctx.now]);
    // What the last phase wrote for the harvest reaches the moderator's drafts (only the moderator sees them: no event).
    await gatherHarvestDrafts(ctx.manager, ctx.session, ctx.session.current_phase_index);
    return changed({ type: 'sessionEnded', closed: await closePhase(ctx) });
  },

  async goToPhase(ctx, command) {
    const phases = ctx.session.method_snapshot.phases;
    const index = phases.findIndex((p) => p.id === command.toPhaseId);
    if (index < 0) throw new UserError('NOT_FOUND');
    if (index === ctx.session.current_phase_index) return UNCHANGED;
    const timer = freshTimer(phases[index]);
    await saveTimer(ctx, timer, `, current_phase_index = $6`, [index]);
    await gatherHarvestDrafts(ctx.manager, ctx.session, ctx.session.current_phase_index);
    // Ready marks belong to a phase: a new phase starts with nobody ready.
    await ctx.manager.query(`UPDATE session_participant SET ready_phase_id = NULL WHERE session_id = $1`, [ctx.session.id]);
    return changed({ type: 'phaseChanged', phaseIndex: index, timer, closed: await closePhase(ctx) });
  },

  async reveal(ctx) {
    const room = roomOf(ctx.session);
    if (!entriesPrivate(room, ctx.phase.id)) return UNCHANGED;
    await ctx.manager.query(`UPDATE reflection_session SET revealed_phase_ids = array_append(revealed_phase_ids, $2) WHERE id = $1`, [
      ctx.session.id,
      ctx.phase.id,
    ]);
    // Dots shown at once were their voters' alone while on entries only their author saw: now the room's, as it may see them.
    const revealed: RoomDisclosureState = { ...room, revealedPhaseIds: [...room.revealedPhaseIds, ctx.phase.id] };
    const votes = votesHidden(room, ctx.phase.id) ? null : votesForRoom(revealed, await phaseDots(ctx, ctx.phase.id));
    const disclosure: PhaseDisclosure = { phaseId: ctx.phase.id, closes: false, ...(await phaseEntries(ctx, ctx.phase.id)), votes };
    return changed({ type: 'entriesRevealed', disclosure });
  },

  async timerStart(ctx, command) {
    const timer = startTimer(timerOf(ctx.session), ctx.now.getTime(), command.durationSeconds);
    await saveTimer(ctx, timer);
    return changed({ type: 'timerChanged', timer });
  },

  async timerPause(ctx) {
    const current = timerOf(ctx.session);
    if (!current.running) return UNCHANGED;
    const timer = pauseTimer(current, ctx.now.getTime());
    await saveTimer(ctx, timer);
    return changed({ type: 'timerChanged', timer });
  },

  async timerExtend(ctx, command) {
    const timer = extendTimer(timerOf(ctx.session), command.seconds);
    if (timer.durationSeconds > LIVE_LIMITS.maxTimerSeconds)
      throw new UserError('SESSION_TIMER_RANGE', { max: LIVE_LIMITS.maxTimerSeconds / 60 });
    await saveTimer(ctx, timer);
    return changed({ type: 'timerChanged', timer });
  },

  contribute: (ctx, command) => addEntry(ctx, { ...command, kind: entryKindOf(command), flagged: ctx.flagged }),

  ask: (ctx, command) => addEntry(ctx, { ...command, kind: entryKindOf(command), flagged: ctx.flagged }),

  async editEntry(ctx, command) {
    const entry = await entryOfSession(ctx, command.entryId);
    checkOwnEntry(ctx, entry);
    // The UPDATE has just set `edited_at`.
    const [row] = await updateReturning<{ edited_at: NonNullable<SessionEntryRow['edited_at']> }>(
      ctx.manager,
      `UPDATE session_entry SET body = $2, edited_at = $3, flagged = $4 WHERE id = $1 RETURNING edited_at`,
      [command.entryId, command.body, ctx.now, ctx.flagged],
    );
    return entryEdited(ctx, entry, { body: command.body, editedAt: row.edited_at, flagged: ctx.flagged });
  },

  async removeEntry(ctx, command) {
    const entry = await entryOfSession(ctx, command.entryId);
    // The moderator may take out any entry (e.g. one naming a resident); others only their own, in its phase.
    if (!ctx.isModerator) checkOwnEntry(ctx, entry);
    await ctx.manager.query(`DELETE FROM session_entry WHERE id = $1`, [command.entryId]);
    await dropEmptyGroups(ctx);
    return entryRemoved(ctx, entry);
  },

  async group(ctx, command) {
    const found = await ctx.manager.query<EntryRow[]>(`SELECT * FROM session_entry WHERE session_id = $1 AND id = ANY($2::uuid[])`, [
      ctx.session.id,
      command.entryIds,
    ]);
    const room = roomOf(ctx.session);
    const visible = found.filter((e) =>
      entryVisibleTo(room, { phaseId: e.phase_id, authorId: e.author_id, forRoom: e.for_room }, ctx.personId),
    );
    if (visible.length !== command.entryIds.length) throw new UserError('NOT_FOUND');
    checkOnBoard(ctx, visible);
    const [group] = command.groupId
      ? await ctx.manager.query<GroupRow[]>(`SELECT id, phase_id, label FROM session_group WHERE id = $1 AND session_id = $2`, [
          command.groupId,
          ctx.session.id,
        ])
      : await ctx.manager.query<GroupRow[]>(
          `INSERT INTO session_group (organisation_id, session_id, phase_id, label, created_at) VALUES ($1, $2, $3, $4, clock_timestamp()) RETURNING id, phase_id, label`,
          [ctx.session.organisation_id, ctx.session.id, ctx.phase.id, command.label],
        );
    if (!group) throw new UserError('NOT_FOUND');
    await ctx.manager.query(`UPDATE session_entry SET group_id = $1 WHERE id = ANY($2::uuid[])`, [group.id, command.entryIds]);
    await dropEmptyGroups(ctx);
    return entriesGrouped(ctx, group, visible, command.entryIds, !command.groupId);
  },

  async ungroup(ctx, command) {
    const entry = await entryOfSession(ctx, command.entryId);
    if (!entry.group_id) return UNCHANGED;
    await ctx.manager.query(`UPDATE session_entry SET group_id = NULL WHERE id = $1`, [command.entryId]);
    await dropEmptyGroups(ctx);
    return entryUngrouped(ctx, entry);
  },

  async renameGroup(ctx, command) {
    const [group] = await updateReturning<Pick<GroupRow, 'id'>>(
      ctx.manager,
      `UPDATE session_group SET label = $3 WHERE id = $1 AND session_id = $2 RETURNING id`,
      [command.groupId, ctx.session.id, command.label],
    );
    if (!group) throw new UserError('NOT_FOUND');
    return groupRenamed(command.groupId, command.label);
  },

  async vote(ctx, command) {
    checkForRoom(ctx, command.forRoom);
    const voterId = command.forRoom ? null : ctx.personId;
    const entry = await entryOfSession(ctx, command.entryId);
    checkOnBoard(ctx, [entry]);
    const [check] = await ctx.manager.query<{ used: number }[]>(
      `SELECT coalesce(sum(count), 0)::int AS used FROM session_vote WHERE session_id = $1 AND phase_id = $2 AND voter_id IS NOT DISTINCT FROM $3`,
      [ctx.session.id, ctx.phase.id, voterId],
    );
    // The room (one-screen mode) decides out loud and has no budget.
    if (voterId && check.used >= ctx.session.vote_budget) throw new UserError('SESSION_VOTE_BUDGET', { budget: ctx.session.vote_budget });
    const [vote] = await ctx.manager.query<Pick<DotRow, 'count'>[]>(
      `INSERT INTO session_vote (organisation_id, session_id, phase_id, entry_id, voter_id, count) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT ON CONSTRAINT session_vote_uq DO UPDATE SET count = session_vote.count + 1 RETURNING count`,
      [ctx.session.organisation_id, ctx.session.id, ctx.phase.id, command.entryId, voterId],
    );
    return voteChanged(ctx, entry, voterId, vote.count, await countedOn(ctx, entry));
  },

  async unvote(ctx, command) {
    checkForRoom(ctx, command.forRoom);
    const voterId = command.forRoom ? null : ctx.personId;
    // The session filter keeps an entry id of another session from touching that session's votes.
    const where = `session_id = $4 AND entry_id = $1 AND phase_id = $2 AND voter_id IS NOT DISTINCT FROM $3`;
    const [vote] = await ctx.manager.query<Pick<DotRow, 'count'>[]>(
      `WITH removed AS (DELETE FROM session_vote WHERE ${where} AND count = 1 RETURNING 0 AS count),
            lowered AS (UPDATE session_vote SET count = count - 1 WHERE ${where} AND count > 1 RETURNING count)
       SELECT count FROM removed UNION ALL SELECT count FROM lowered`,
      [command.entryId, ctx.phase.id, voterId, ctx.session.id],
    );
    if (!vote) return UNCHANGED;
    // The dot was there, so its entry is (its dots go with it).
    const [entry] = await ctx.manager.query<DottedEntry[]>(
      `SELECT id, phase_id, author_id, for_room, anonymous FROM session_entry WHERE id = $1 AND session_id = $2`,
      [command.entryId, ctx.session.id],
    );
    return voteChanged(ctx, entry, voterId, vote.count, await countedOn(ctx, entry));
  },

  async tag(ctx, command) {
    const entry = await entryOfSession(ctx, command.entryId);
    checkOnBoard(ctx, [entry]);
    const [tag] = await ctx.manager.query<SessionTagRow[]>(
      `INSERT INTO session_tag (organisation_id, session_id, phase_id, entry_id, item_id, direction, framework_version, tagged_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp()) ON CONFLICT (entry_id, item_id, direction) DO NOTHING RETURNING *`,
      [
        ctx.session.organisation_id,
        ctx.session.id,
        ctx.phase.id,
        command.entryId,
        command.itemId,
        command.direction,
        MENSPERSPECTIEF.version,
        ctx.personId,
      ],
    );
    return tag ? tagAdded(ctx, tag, isPrivate(ctx, entry)) : UNCHANGED;
  },

  async untag(ctx, command) {
    const [tag] = await ctx.manager.query<Pick<TagRow, 'entry_id'>[]>(
      `SELECT entry_id FROM session_tag WHERE id = $1 AND session_id = $2`,
      [command.tagId, ctx.session.id],
    );
    if (!tag) return UNCHANGED;
    const entry = await entryOfSession(ctx, tag.entry_id);
    await ctx.manager.query(`DELETE FROM session_tag WHERE id = $1`, [command.tagId]);
    return tagRemoved(ctx, entry, command.tagId);
  },

  async markReady(ctx, command) {
    const rows = await updateReturning<Pick<SessionParticipantRow, 'person_id'>>(
      ctx.manager,
      `UPDATE session_participant SET ready_phase_id = $3 WHERE session_id = $1 AND person_id = $2 AND ready_phase_id IS DISTINCT FROM $3 RETURNING person_id`,
      [ctx.session.id, ctx.personId, command.ready ? ctx.phase.id : null],
    );
    return rows.length ? readyChanged(ctx, command.ready) : UNCHANGED;
  },
};

export function runCommand(ctx: CommandContext, command: LiveCommand): Promise<CommandOutcome> {
  // The map pairs each type with its handler; TypeScript cannot follow that through an index, hence the cast.
  const handler = HANDLERS[command.type] as (ctx: CommandContext, command: LiveCommand) => Promise<CommandOutcome>;
  return handler(ctx, command);
}
