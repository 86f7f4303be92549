import { LiveEntry, LiveGroup, LiveHarvest, LiveParticipant, LivePractice, LiveTag, LiveTimer, LiveVoteCount, NamedVote } from './types';

/**
 * What the server broadcasts to the room (socket event `session:event`) after
 * a change is stored. Each event carries the session `version` its change
 * produced (versions count up by exactly one), so a screen applies them in
 * order, drops duplicates and notices a gap (see receiveLiveEvent). Events
 * carry no viewer-specific data. A change only its actor may see yet (an
 * entry in a private phase, a dot while votes are hidden) goes to the actor's
 * screens; everyone else gets `unseenChange` with the same version, so no
 * screen sees a gap. A dot on an anonymous entry reaches its voter's screens
 * as `voteChanged` and everyone else's as `voteCountChanged` (voteSight).
 */

/** What becomes visible when a phase is revealed or closes: its entries (with their tags) and its dots. */
export interface PhaseDisclosure {
  readonly phaseId: string;
  /** Closed (the moderator moved on, or the session ended), not only revealed. */
  readonly closes: boolean;
  /** The phase's entries and their tags that were private until now (screens add those they did not have). */
  readonly entries: readonly LiveEntry[];
  readonly tags: readonly LiveTag[];
  /**
   * The phase's dots when not every screen has them yet (they were hidden, or
   * on entries only their author could see): all of them, as the room may see
   * them (votesForRoom). Null when every screen already has them.
   */
  readonly votes: PhaseVotes | null;
}

/** A phase's dots as a broadcast may carry them: by name, except those on anonymous entries, which are only counted. */
export interface PhaseVotes {
  readonly named: readonly NamedVote[];
  /** Per anonymous entry, the people's dots together; a screen keeps its own there by name (from its own events) and counts the rest. */
  readonly counted: readonly LiveVoteCount[];
}
export type LiveEventBody =
  /** The moderator opened the room: status live, first phase, fresh timer. */
  | { readonly type: 'sessionStarted'; readonly timer: LiveTimer }
  | { readonly type: 'sessionEnded'; readonly closed: PhaseDisclosure | null }
  | { readonly type: 'sessionCancelled' }
  /** Planning changed (title, budget, one-screen mode, moderator, who is invited). */
  | {
      readonly type: 'detailsChanged';
      readonly title: string;
      readonly voteBudget: number;
      readonly oneScreen: boolean;
      readonly moderatorId: string;
      readonly participants: readonly LiveParticipant[];
    }
  /** A new current phase; its timer is reset (not running) and all ready marks are cleared. */
  | { readonly type: 'phaseChanged'; readonly phaseIndex: number; readonly timer: LiveTimer; readonly closed: PhaseDisclosure | null }
  /** The moderator revealed a private phase: its entries, for everyone at once. */
  | { readonly type: 'entriesRevealed'; readonly disclosure: PhaseDisclosure }
  /** Something changed that this screen may not see yet (see above); only the version moves on. */
  | { readonly type: 'unseenChange' }
  | { readonly type: 'timerChanged'; readonly timer: LiveTimer }
  | { readonly type: 'entryAdded'; readonly entry: LiveEntry }
  | { readonly type: 'entryEdited'; readonly entryId: string; readonly body: string; readonly editedAt: string; readonly flagged: boolean }
  /** Its votes and tags go with it. */
  | { readonly type: 'entryRemoved'; readonly entryId: string }
  /** Entries moved into `group` (new or existing); groups left empty disappear. */
  | { readonly type: 'entriesGrouped'; readonly group: LiveGroup; readonly entryIds: readonly string[] }
  /** The entry is no longer in a group; its old group disappears when it is empty. */
  | { readonly type: 'entryUngrouped'; readonly entryId: string }
  | { readonly type: 'groupRenamed'; readonly groupId: string; readonly label: string }
  /** The voter's new number of dots on this entry in this phase (0 removes the row). */
  | {
      readonly type: 'voteChanged';
      readonly phaseId: string;
      readonly entryId: string;
      readonly voterId: string | null;
      readonly count: number;
    }
  /**
   * Someone else's dots on an anonymous entry changed: the people's dots on it
   * in this phase, counted together (a screen counts its own apart). Sent
   * instead of voteChanged to every screen but the voter's.
   */
  | { readonly type: 'voteCountChanged'; readonly phaseId: string; readonly entryId: string; readonly count: number }
  | { readonly type: 'tagAdded'; readonly tag: LiveTag }
  | { readonly type: 'tagRemoved'; readonly tagId: string }
  | { readonly type: 'readyChanged'; readonly personId: string; readonly ready: boolean }
  /** The shared harvest (insights, advice, new practices) as it is now; memos are never sent. */
  | { readonly type: 'harvestChanged'; readonly harvest: LiveHarvest }
  /** "Hoe ging het?": a practice of an earlier session got a review or a new status. */
  | { readonly type: 'practiceReviewed'; readonly practice: LivePractice };

export type LiveEvent = LiveEventBody & {
  readonly sessionId: string;
  /** The session version after this change. */
  readonly version: number;
  /** Server time of the change; screens use it to keep their clock offset fresh. */
  readonly at: string;
};

/** Who is connected to the room right now (socket event `session:presence`). Not versioned: it is not stored. */
export interface LivePresence {
  readonly sessionId: string;
  /** Person ids with at least one connected screen, on any API process. */
  readonly online: readonly string[];
}
