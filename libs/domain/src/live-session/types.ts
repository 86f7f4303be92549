import { LocalizedText } from '../values/localized-text';
import { MethodPhase } from '../methods/types';
import { TagDirection } from '../values/tagging';

/**
 * The live room of a reflection session (casusreflectie, intervisie, moreel
 * beraad), as every screen sees it. The server builds this snapshot from
 * PostgreSQL when someone joins; after that the room only receives events
 * (events.ts) that the pure reducer (reducer.ts) applies. All times are ISO
 * strings in server time; `serverNow` lets a screen correct its own clock.
 */

/** planned → live → closed; a planned session can also be cancelled (afgelast). */
export const SESSION_STATUSES = ['planned', 'live', 'closed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_STATUS_LABELS: Record<SessionStatus, LocalizedText> = {
  planned: { nl: 'Gepland', en: 'Planned' },
  live: { nl: 'Bezig', en: 'In progress' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
  cancelled: { nl: 'Afgelast', en: 'Cancelled' },
};

/** What someone writes in a phase: a contribution (bijdrage), a clarifying question, or an option to weigh. */
export const ENTRY_KINDS = ['contribution', 'question', 'option'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type SessionRole = 'moderator' | 'participant';

export interface LiveParticipant {
  readonly personId: string;
  readonly displayName: string;
  readonly role: SessionRole;
  /** Connected right now (from the socket rooms, on any API process). */
  readonly online: boolean;
  /** Marked "klaar" for the current phase; cleared when the phase changes. */
  readonly ready: boolean;
}

/**
 * One contribution, question or option. Anonymity: when `anonymous` is true
 * the server never sends `authorId` to anyone (it is null), also not in the
 * report. The author's own screen recognises its entry by the `clientKey` it
 * generated itself (its outbox) and by `viewer.ownEntryIds`.
 */
export interface LiveEntry {
  readonly id: string;
  readonly phaseId: string;
  readonly kind: EntryKind;
  readonly body: string;
  readonly anonymous: boolean;
  /** null when anonymous, or when the moderator wrote it for the room (one-screen mode). */
  readonly authorId: string | null;
  /** Written by the moderator on behalf of the room (one-screen mode); never anonymous. */
  readonly forRoom: boolean;
  /** The idempotency key the author's device gave it; random, so it reveals nobody. */
  readonly clientKey: string;
  readonly groupId: string | null;
  readonly createdAt: string;
  readonly editedAt: string | null;
  /** Kept by its author through an escalation prompt ("Toch bewaren"): it looked like a complaint, incident, abuse or data breach. */
  readonly flagged: boolean;
}

/** A named cluster of entries (ordenen), made in a group phase. */
export interface LiveGroup {
  readonly id: string;
  readonly phaseId: string;
  readonly label: string;
}

/**
 * Dot votes (stippen) are placed like stickers on a board: they only set the
 * order of the conversation, never score the care. What a screen holds of a
 * dot is decided by voteSight (visibility.ts): who placed it is visible to the
 * room, except while a phase hides its votes until it closes (then only the
 * voter has it) and except on an anonymous entry: there a screen knows its own
 * dots by name and everyone else's only as a count, in one row without a
 * voter. One row per voter, entry and phase.
 */
export interface LiveVote {
  readonly phaseId: string;
  readonly entryId: string;
  /**
   * Who placed these dots: a person, or null for the moderator on behalf of
   * the whole room (one-screen mode). Absent on the row that counts the dots
   * of everyone but this screen's person on an anonymous entry: their voters
   * are never sent.
   */
  readonly voterId?: string | null;
  readonly count: number;
}

/** A row of dots with its voter, as stored: what a screen receives where it may know who placed them. */
export interface NamedVote extends LiveVote {
  readonly voterId: string | null;
}

/** The people's dots on an anonymous entry in one phase, counted together (the room's own stay named): what the room is told instead of who placed them. */
export interface LiveVoteCount {
  readonly phaseId: string;
  readonly entryId: string;
  readonly count: number;
}

/** A value tag (tagging, not scoring): a framework item and a direction. */
export interface LiveTag {
  readonly id: string;
  readonly phaseId: string;
  readonly entryId: string;
  /** Any taggable id of the mensperspectief (value, sub-value, factor, vulnerability). */
  readonly itemId: string;
  readonly direction: TagDirection;
}

/**
 * The server-kept timer. While running, the time left is
 * `remainingSeconds - (now - startedAt)`; while paused, `remainingSeconds`
 * itself. Every screen computes it with timerRemainingSeconds (timer.ts) from
 * server time, so all show the same.
 */
export interface LiveTimer {
  readonly phaseId: string;
  /** The timebox as set: the phase's default minutes, plus any extensions. */
  readonly durationSeconds: number;
  readonly running: boolean;
  /** When the current run started; null while paused or not yet started. */
  readonly startedAt: string | null;
  /** Time left at `startedAt` (running) or now (paused). */
  readonly remainingSeconds: number;
}

export const PRACTICE_STATUSES = ['open', 'continued', 'adopted', 'stopped'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

export const PRACTICE_STATUS_LABELS: Record<PracticeStatus, LocalizedText> = {
  open: { nl: 'Loopt nog', en: 'Open' },
  continued: { nl: 'We gaan ermee door', en: 'Continuing' },
  adopted: { nl: 'Vaste werkwijze geworden', en: 'Adopted' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
};

/** A "hoe ging het?" note on a practice, written in a later session. */
export interface LivePracticeReview {
  readonly id: string;
  readonly body: string;
  /** The status the practice got with this review, when it changed. */
  readonly status: PracticeStatus | null;
  readonly authorName: string | null;
  readonly sessionId: string | null;
  readonly createdAt: string;
}

/** A new practice to try (nieuwe praktijk): what, who, and when we look back. */
export interface LivePractice {
  readonly id: string;
  readonly what: string;
  readonly who: string;
  /** YYYY-MM-DD, or null when no date was agreed yet. */
  readonly lookBackOn: string | null;
  readonly status: PracticeStatus;
  /** The session it came from (null for practices from elsewhere). */
  readonly sessionId: string | null;
  readonly reviews: readonly LivePracticeReview[];
}

/** Insights (leerpunten) and advice to the contributor; moderator memos never reach the room. */
export const HARVEST_ITEM_KINDS = ['insight', 'advice', 'memo'] as const;
export type HarvestItemKind = (typeof HARVEST_ITEM_KINDS)[number];
export type SharedHarvestItemKind = Exclude<HarvestItemKind, 'memo'>;

export const HARVEST_ITEM_KIND_LABELS: Record<HarvestItemKind, LocalizedText> = {
  insight: { nl: 'Leerpunt', en: 'Insight' },
  advice: { nl: 'Advies aan de inbrenger', en: 'Advice to the contributor' },
  memo: { nl: 'Memo van de gespreksleider', en: "Moderator's memo" },
};

export interface LiveHarvestItem {
  readonly id: string;
  readonly kind: SharedHarvestItemKind;
  readonly body: string;
}

export interface LiveHarvest {
  readonly items: readonly LiveHarvestItem[];
  readonly practices: readonly LivePractice[];
}

export interface LiveMethodSummary {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly summary: LocalizedText;
}

/** What is only about the person looking: filled in per screen when joining. */
export interface LiveViewer {
  readonly personId: string;
  readonly isModerator: boolean;
  /** The viewer's own entries, anonymous ones included (only the author's own screens learn these). */
  readonly ownEntryIds: readonly string[];
}

export interface LiveSessionState {
  readonly sessionId: string;
  /** Bumped by every stored change; each event carries the version it produced. */
  readonly version: number;
  readonly status: SessionStatus;
  /** The question or theme of the session. */
  readonly title: string;
  /** "Eén scherm": the moderator runs the session alone on a shared screen. */
  readonly oneScreen: boolean;
  /** Dots per person per phase. */
  readonly voteBudget: number;
  readonly moderatorId: string;
  /**
   * The case (casus) by its display pseudonym only; null when the session has none. `viewerCanRead`: whether this
   * viewer may open the case (the case rule, asked by the server when the screen joins); otherwise the room names it
   * without a link, as the session's page does.
   */
  readonly caseRef: { readonly id: string; readonly pseudonym: string; readonly viewerCanRead: boolean } | null;
  readonly lensIds: readonly string[];
  /** The method as it was when the session was planned (its version is kept). */
  readonly method: LiveMethodSummary;
  /** Moderator guidance is included: it is not secret, the room screen simply shows it to the moderator only. */
  readonly phases: readonly MethodPhase[];
  readonly currentPhaseIndex: number;
  /**
   * Phases whose entries everyone sees: revealed by the moderator, or closed.
   * Until then a private phase's entries (behaviour privateUntilReveal) reach
   * only their author; the server leaves them out for everyone else.
   */
  readonly revealedPhaseIds: readonly string[];
  /**
   * Phases the moderator has moved on from (or the session ended in). Until a
   * phase is closed, its dots (behaviour votesHiddenUntilClose) reach only the
   * voter; the server leaves the others' out.
   */
  readonly closedPhaseIds: readonly string[];
  readonly timer: LiveTimer;
  /** Server time when this snapshot was made. */
  readonly serverNow: string;
  readonly participants: readonly LiveParticipant[];
  readonly entries: readonly LiveEntry[];
  readonly groups: readonly LiveGroup[];
  readonly votes: readonly LiveVote[];
  readonly tags: readonly LiveTag[];
  /** "Hoe ging het?": the team's open practices from earlier sessions. */
  readonly openPractices: readonly LivePractice[];
  readonly harvest: LiveHarvest;
  readonly viewer: LiveViewer;
}
