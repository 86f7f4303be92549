import { LiveEntry, LiveGroup, LiveSessionState } from './types';
import { currentActions } from './selectors';
import { votesHidden } from './visibility';

/**
 * The order of the conversation after voting (Parabol's "discussion ordered by
 * votes"): once the dots of a phase may be counted (its votes are not hidden,
 * or no longer), the phases after it show the cards with most dots first, ties
 * in the order they were written. The room's shared screen and everyone's live
 * room both take their order from here, so they never disagree.
 *
 * The dots of the current phase do not count: while dots are being placed the
 * cards stay put (moving cards under people's fingers confuses), also in a
 * phase that votes again on what an earlier phase voted on (the dilemma
 * method's dialogue), where the earlier phase's dots set the order.
 */

/** Dots that set the order: placed in another, earlier-counted phase, and seen by everyone. */
export function discussionDots(state: LiveSessionState, entryId: string): number {
  const phase = state.phases[state.currentPhaseIndex];
  return state.votes
    .filter((v) => v.entryId === entryId && v.phaseId !== phase?.id && !votesHidden(state, v.phaseId))
    .reduce((sum, v) => sum + v.count, 0);
}

/** Most dots first; the same number of dots in the order written (then by id, so every screen agrees). */
export function byDiscussionDots<T extends Pick<LiveEntry, 'id' | 'createdAt'>>(
  entries: readonly T[],
  dotsOf: (entryId: string) => number,
): T[] {
  return [...entries].sort((a, b) => dotsOf(b.id) - dotsOf(a.id) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Is the board in the order of the dots now: live, and some card on it has counted dots. */
export function inDiscussionOrder(state: LiveSessionState, entries: readonly Pick<LiveEntry, 'id'>[]): boolean {
  return state.status === 'live' && entries.some((e) => discussionDots(state, e.id) > 0);
}

/** The cards in the order the board shows them: by dots when inDiscussionOrder, else as they are. */
export function discussionEntries<T extends Pick<LiveEntry, 'id' | 'createdAt'>>(state: LiveSessionState, entries: readonly T[]): T[] {
  return inDiscussionOrder(state, entries) ? byDiscussionDots(entries, (id) => discussionDots(state, id)) : [...entries];
}

export interface DiscussionGroup<T> {
  /** null: the cards in no group. */
  readonly group: LiveGroup | null;
  readonly entries: readonly T[];
}

export interface DiscussionBoard<T> {
  readonly byDots: boolean;
  /** The groups that hold cards, then the loose cards (if any). */
  readonly groups: readonly DiscussionGroup<T>[];
}

/**
 * The board as groups of cards in discussion order. In the order of the dots
 * a group comes by the dots of its cards together (a group is one topic to
 * talk about), ties in the order the groups were made; but not while the
 * current phase groups, since a dropped card would then make groups jump.
 * Loose cards come last, as on a board the unsorted pile does.
 */
export function discussionBoard<T extends Pick<LiveEntry, 'id' | 'createdAt' | 'groupId'>>(
  state: LiveSessionState,
  entries: readonly T[],
): DiscussionBoard<T> {
  const byDots = inDiscussionOrder(state, entries);
  const ordered = discussionEntries(state, entries);
  const groups = state.groups
    .map((group) => ({ group, entries: ordered.filter((e) => e.groupId === group.id) }))
    .filter((g) => g.entries.length > 0);
  const total = (g: DiscussionGroup<T>) => g.entries.reduce((sum, e) => sum + discussionDots(state, e.id), 0);
  if (byDots && !currentActions(state).includes('group')) {
    // Array.prototype.sort is stable: equal totals keep the order the groups were made.
    groups.sort((a, b) => total(b) - total(a));
  }
  const loose = ordered.filter((e) => !groups.some((g) => g.group.id === e.groupId));
  return { byDots, groups: loose.length > 0 ? [...groups, { group: null, entries: loose }] : groups };
}
