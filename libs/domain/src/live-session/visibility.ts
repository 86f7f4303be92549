import { phaseBehaviour } from '../methods/phase-behaviour';
import { MethodPhase } from '../methods/types';
import { PhaseVotes } from './events';
import { LiveVote, LiveVoteCount, NamedVote } from './types';

/**
 * Who may see what in the live room while a phase keeps things to itself
 * (phase behaviour privateUntilReveal, votesHiddenUntilClose). The server
 * applies these to every snapshot and decides with them who receives an
 * event; screens use them to explain what is hidden.
 */
export interface RoomDisclosureState {
  readonly phases: readonly MethodPhase[];
  readonly revealedPhaseIds: readonly string[];
  readonly closedPhaseIds: readonly string[];
}

function behaviourOf(room: RoomDisclosureState, phaseId: string) {
  const index = room.phases.findIndex((p) => p.id === phaseId);
  return index < 0 ? undefined : phaseBehaviour(room.phases, index);
}

/** Entries of this phase reach only their author for now. */
export function entriesPrivate(room: RoomDisclosureState, phaseId: string): boolean {
  return (
    !!behaviourOf(room, phaseId)?.privateUntilReveal && !room.revealedPhaseIds.includes(phaseId) && !room.closedPhaseIds.includes(phaseId)
  );
}

/** Dots of this phase reach only the voter for now (see voteSight). */
export function votesHidden(room: RoomDisclosureState, phaseId: string): boolean {
  return !!behaviourOf(room, phaseId)?.votesHiddenUntilClose && !room.closedPhaseIds.includes(phaseId);
}

/**
 * May `personId` see this entry? `authorId` is the real author (also of an
 * anonymous entry); entries written for the room are the room's and always seen.
 */
export function entryVisibleTo(
  room: RoomDisclosureState,
  entry: { readonly phaseId: string; readonly authorId: string | null; readonly forRoom: boolean },
  personId: string,
): boolean {
  return entry.forRoom || entry.authorId === personId || !entriesPrivate(room, entry.phaseId);
}

/** What a screen may know of a dot: who placed it, only that it counts (on an anonymous entry), or nothing at all. */
export type VoteSight = 'voter' | 'count' | 'nothing';

/** A dot as voteSight reads it: its phase, its voter (null: the room, one-screen mode), and the entry it is on. */
export interface RoomDot {
  readonly phaseId: string;
  readonly voterId: string | null;
  readonly count: number;
  readonly entry: {
    readonly id: string;
    readonly phaseId: string;
    /** The real author, also of an anonymous entry (null: written for the room). */
    readonly authorId: string | null;
    readonly forRoom: boolean;
    readonly anonymous: boolean;
  };
}

/** Whose screen is asking: a person's, or `others`: what a broadcast to the rest of the room may carry. */
export type DotViewer = { readonly personId: string; readonly isModerator: boolean } | 'others';

/**
 * What `viewer` may know of a dot; the one rule for the snapshot, the dot's
 * own event and the disclosure when a phase is revealed or closes.
 *
 * - The voter's own screens always have their dots by name (the room's dots
 *   are the moderator's).
 * - A screen that cannot see the entry (someone else's, still private) learns
 *   nothing of its dots, and while the phase hides its votes nobody but the
 *   voter does.
 * - On an anonymous entry everyone else only counts them: "Niemand in de sessie
 *   ziet dat dit van jou is, ook de gespreksleider niet", and a dot its author
 *   placed while the entry was theirs alone would say whose it is. The
 *   moderator is treated like everyone else here.
 *
 * `others` is anyone but the voter (for the room's dots, the moderator) and
 * the entry's author: since only its author can see a private entry, nobody
 * else can have placed a dot on it, so everyone but the voter sees the same.
 */
export function voteSight(room: RoomDisclosureState, dot: RoomDot, viewer: DotViewer): VoteSight {
  const person = viewer === 'others' ? null : viewer;
  if (person && (dot.voterId === null ? person.isModerator : dot.voterId === person.personId)) return 'voter';
  const seesEntry = person
    ? entryVisibleTo(room, dot.entry, person.personId)
    : dot.entry.forRoom || !entriesPrivate(room, dot.entry.phaseId);
  if (!seesEntry || votesHidden(room, dot.phaseId)) return 'nothing';
  return dot.entry.anonymous && dot.voterId !== null ? 'count' : 'voter';
}

/** What a screen holds of these dots (its snapshot): by name where voteSight says so, and per anonymous entry and phase one row counting the others' dots. */
export function votesSeenBy(
  room: RoomDisclosureState,
  dots: readonly RoomDot[],
  viewer: { readonly personId: string; readonly isModerator: boolean },
): LiveVote[] {
  const named: LiveVote[] = [];
  const counted = new Map<string, { phaseId: string; entryId: string; count: number }>();
  for (const dot of dots) {
    const sight = voteSight(room, dot, viewer);
    if (sight === 'voter') named.push({ phaseId: dot.phaseId, entryId: dot.entry.id, voterId: dot.voterId, count: dot.count });
    if (sight === 'count') addCount(counted, dot);
  }
  return [...named, ...counted.values()];
}

/** These dots as a broadcast to the whole room may carry them (a phase revealed or closed); voteSight of `others`. */
export function votesForRoom(room: RoomDisclosureState, dots: readonly RoomDot[]): PhaseVotes {
  const named: NamedVote[] = [];
  const counted = new Map<string, LiveVoteCount>();
  for (const dot of dots) {
    const sight = voteSight(room, dot, 'others');
    if (sight === 'voter') named.push({ phaseId: dot.phaseId, entryId: dot.entry.id, voterId: dot.voterId, count: dot.count });
    if (sight === 'count') addCount(counted, dot);
  }
  return { named, counted: [...counted.values()] };
}

function addCount(counted: Map<string, { phaseId: string; entryId: string; count: number }>, dot: RoomDot): void {
  const key = `${dot.phaseId}:${dot.entry.id}`;
  const known = counted.get(key);
  counted.set(key, { phaseId: dot.phaseId, entryId: dot.entry.id, count: (known?.count ?? 0) + dot.count });
}
