import { TagDirection } from '../values/tagging';
import { discussionBoard } from './discussion-order';
import { onCurrentBoard } from './selectors';
import { LiveEntry, LiveSessionState } from './types';
import { entriesPrivate, votesHidden } from './visibility';

/**
 * What the room's shared screen (/sessies/:id/scherm) may show of the board:
 * what everyone in the room may see, and nothing personal. The screen is
 * logged in as someone (mostly the moderator), whose own snapshot also holds
 * their private writing, their hidden dots and everyone's names; this is the
 * one place that leaves those out, so the screen component cannot forget it.
 */
export interface RoomScreenCard {
  readonly id: string;
  readonly body: string;
  /** Dots everyone may see (phases whose votes are not hidden now); null while the current phase hides its votes. */
  readonly dots: number | null;
  readonly tags: readonly { readonly itemId: string; readonly direction: TagDirection }[];
}

export interface RoomScreenGroup {
  /** null: the cards in no group. */
  readonly id: string | null;
  readonly label: string | null;
  readonly cards: readonly RoomScreenCard[];
}

export interface RoomScreenBoard {
  readonly groups: readonly RoomScreenGroup[];
  /** The current phase keeps its writing private until the moderator reveals it. */
  readonly writingPrivate: boolean;
  /** The current phase hides its dots until it closes. */
  readonly votesHidden: boolean;
  /** After voting, the conversation takes the cards with most dots first. */
  readonly orderedByDots: boolean;
}

/** Entries anyone in the room sees: not waiting for a reveal (entries written for the room are the room's). */
function seenByEveryone(state: LiveSessionState, entry: LiveEntry): boolean {
  return entry.forRoom || !entriesPrivate(state, entry.phaseId);
}

export function roomScreenBoard(state: LiveSessionState): RoomScreenBoard {
  const phase = state.phases[state.currentPhaseIndex];
  const live = state.status === 'live' && !!phase;
  const hiddenNow = live && votesHidden(state, phase.id);
  const dotsOf = (entryId: string) =>
    state.votes.filter((v) => v.entryId === entryId && !votesHidden(state, v.phaseId)).reduce((sum, v) => sum + v.count, 0);
  const seen = live ? state.entries.filter((e) => onCurrentBoard(state, e) && seenByEveryone(state, e)) : [];
  const card = (entry: LiveEntry): RoomScreenCard => ({
    id: entry.id,
    body: entry.body,
    dots: hiddenNow ? null : dotsOf(entry.id),
    tags: state.tags.filter((t) => t.entryId === entry.id).map(({ itemId, direction }) => ({ itemId, direction })),
  });
  // The same order as everyone's live room: after voting, the most dotted first (discussion-order.ts).
  const board = discussionBoard(state, seen);
  const groups: RoomScreenGroup[] = board.groups.map(({ group, entries }) => ({
    id: group?.id ?? null,
    label: group?.label ?? null,
    cards: entries.map(card),
  }));
  return {
    groups,
    writingPrivate: live && entriesPrivate(state, phase.id),
    votesHidden: hiddenNow,
    orderedByDots: board.byDots,
  };
}
