import { LiveCommandAck, LiveJoinAckOf } from '../live-session/socket';
import { TagDirection } from '../values/tagging';
import { MirrorParticipantKind } from './relations';
import { MirrorStatus } from './status';

/**
 * The live mirror conversation over socket.io (path /socket.io, staff only,
 * logged in by the session cookie; relatives never need the live layer).
 *
 * 1. `mirror:join` {conversationId, view} → ack MirrorJoinAck with the
 *    viewer's own snapshot. The moderator's console sees every statement; a
 *    listener's console sees the questions, their own private notes and the
 *    clarifying questions; the projector only the current question.
 * 2. `mirror:command` MirrorCommandMessage → ack MirrorCommandAck. The server
 *    checks it, stores it in PostgreSQL and only then acks.
 * 3. `mirror:event` MirrorEvent after every stored change, carrying what
 *    changed (apply it with applyMirrorEvent, live-reducer.ts). Every screen
 *    receives every version, but only what its snapshot would show: a screen
 *    that may not see a change (a statement on a listener's console, someone
 *    else's private note) receives `unseen` for that version, so a private
 *    note never travels to another screen. `refresh` (a change outside the
 *    room: the plan, consent, the harvest) asks each screen for a fresh snapshot.
 * 4. `mirror:leave` {conversationId} → ack {ok: true}.
 * 5. `mirror:version` RoomVersionBeacon {roomId, version} every few seconds
 *    (LIVE_ROOM_TIMING.beaconMs): a screen behind it missed a change.
 *
 * Nothing typed is lost: a screen gives each command a fresh random
 * `clientKey`, keeps it in a persistent outbox until acked, and re-sends it
 * unchanged after reconnecting. The server applies each (person, clientKey)
 * once and answers a replay with the original result (`replayed: true`).
 */
export const MIRROR_SOCKET_EVENTS = {
  join: 'mirror:join',
  leave: 'mirror:leave',
  command: 'mirror:command',
  event: 'mirror:event',
  version: 'mirror:version',
} as const;

/** socket.io room of a conversation; broadcasts reach it on every API process through PostgreSQL. */
export function mirrorRoom(conversationId: string): string {
  return `mirror:${conversationId}`;
}

/** The console (moderator or listener) or the projector in the room (only the current question). */
export const MIRROR_VIEWS = ['console', 'projector'] as const;
export type MirrorView = (typeof MIRROR_VIEWS)[number];

export interface MirrorJoinRequest {
  readonly conversationId: string;
  readonly view: MirrorView;
}

export interface MirrorValueTag {
  readonly itemId: string;
  readonly direction: TagDirection;
}

/** Private notes stay with their author; clarifying questions are collected for the closing round. */
export const MIRROR_NOTE_KINDS = ['note', 'question'] as const;
export type MirrorNoteKind = (typeof MIRROR_NOTE_KINDS)[number];

/** What the moderator records of one statement; the same fields when it is corrected. */
export interface MirrorStatementFields {
  /** The question of the guide it answered; null for something said outside the guide. */
  readonly questionId: string | null;
  /** The relative (by pseudonym) who said it; null for "een naaste". */
  readonly participantId: string | null;
  readonly body: string;
  readonly themeIds: readonly string[];
  readonly valueTags: readonly MirrorValueTag[];
  /** The moderator thinks it could be quoted; whether it may be depends on that person's consent. */
  readonly quotable: boolean;
}

export type MirrorCommand =
  // The moderator: the course of the conversation.
  | { readonly type: 'start' }
  | { readonly type: 'showQuestion'; readonly questionId: string }
  | { readonly type: 'openClosingRound' }
  | { readonly type: 'end' }
  | ({ readonly type: 'capture' } & MirrorStatementFields)
  | ({ readonly type: 'editStatement'; readonly statementId: string } & MirrorStatementFields)
  | { readonly type: 'removeStatement'; readonly statementId: string }
  | { readonly type: 'markAsked'; readonly noteId: string; readonly asked: boolean }
  // Listeners (and the moderator): their own notes and clarifying questions.
  | { readonly type: 'note'; readonly kind: MirrorNoteKind; readonly body: string; readonly questionId: string | null }
  | { readonly type: 'removeNote'; readonly noteId: string };

export type MirrorCommandType = MirrorCommand['type'];

export interface MirrorCommandRule {
  readonly moderatorOnly: boolean;
  /** The statuses in which the command is accepted. */
  readonly statuses: readonly MirrorStatus[];
}

/** The server enforces these; the web uses them to show or hide controls. */
export const MIRROR_COMMAND_RULES: Readonly<Record<MirrorCommandType, MirrorCommandRule>> = {
  start: { moderatorOnly: true, statuses: ['planned'] },
  showQuestion: { moderatorOnly: true, statuses: ['live'] },
  openClosingRound: { moderatorOnly: true, statuses: ['live'] },
  end: { moderatorOnly: true, statuses: ['live'] },
  capture: { moderatorOnly: true, statuses: ['live'] },
  // Corrections stay possible while harvesting, until the harvest is approved.
  editStatement: { moderatorOnly: true, statuses: ['live', 'ended'] },
  removeStatement: { moderatorOnly: true, statuses: ['live', 'ended'] },
  markAsked: { moderatorOnly: true, statuses: ['live'] },
  note: { moderatorOnly: false, statuses: ['live'] },
  removeNote: { moderatorOnly: false, statuses: ['live', 'ended'] },
};

export interface MirrorCommandMessage {
  readonly conversationId: string;
  /** Idempotency key chosen by the screen (a random UUID). */
  readonly clientKey: string;
  readonly command: MirrorCommand;
  /** "Ik heb dit gecontroleerd": send despite names or dates the content guard found (never despite a BSN). */
  readonly acknowledgeWarnings?: boolean;
  /** The findings only the server could make that the author was shown in a refusal and confirmed, by id (findingId). */
  readonly acknowledgedFindings?: readonly string[];
  /** "Toch bewaren": keep a text the escalation guardrail flagged, knowingly (KEEP_FLAGGED_FIELD). */
  readonly keepFlaggedText?: boolean;
  /** The escalation prompt that keep answers (ESCALATION_PROMPT_FIELD). */
  readonly escalationPromptId?: string;
}

export interface MirrorLiveQuestion {
  readonly id: string;
  readonly position: number;
  readonly body: string;
  readonly themeIds: readonly string[];
}

/** A relative as the moderator attributes statements: by pseudonym only. */
export interface MirrorLiveParticipant {
  readonly id: string;
  readonly pseudonym: string;
  readonly kind: MirrorParticipantKind;
  /** Gave consent to take part (and has not withdrawn it). */
  readonly takesPart: boolean;
  /** May be quoted anonymously in the harvest, as consent stands now. */
  readonly mayBeQuoted: boolean;
}

export interface MirrorLiveStatement extends MirrorStatementFields {
  readonly id: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
}

export interface MirrorLiveNote {
  readonly id: string;
  readonly kind: MirrorNoteKind;
  readonly body: string;
  readonly questionId: string | null;
  /** Clarifying questions: the moderator marked it as asked in the closing round. */
  readonly asked: boolean;
  readonly mine: boolean;
  readonly createdAt: string;
}

export type MirrorLiveRole = 'moderator' | 'listener' | 'viewer';

/** One screen's snapshot; only what this viewer and view may see is filled in. */
export interface MirrorLiveState {
  readonly conversationId: string;
  readonly version: number;
  readonly view: MirrorView;
  readonly role: MirrorLiveRole;
  readonly theme: string;
  readonly status: MirrorStatus;
  readonly questions: readonly MirrorLiveQuestion[];
  readonly currentQuestionId: string | null;
  /** The closing round: listeners ask their clarifying questions. */
  readonly closingRound: boolean;
  /** This conversation's addition to the organisation's procedure, shown with an escalation prompt (console only). */
  readonly escalationProcedure: string;
  /** Moderator console only. */
  readonly participants: readonly MirrorLiveParticipant[];
  /** Moderator console only. */
  readonly statements: readonly MirrorLiveStatement[];
  /** The viewer's own private notes (console only). */
  readonly notes: readonly MirrorLiveNote[];
  /** Everyone's clarifying questions, without authors (console only). */
  readonly clarifyingQuestions: readonly MirrorLiveNote[];
}

export type MirrorJoinAck = LiveJoinAckOf<MirrorLiveState>;

/** A mirror command is answered like a case session's: the version after it, whether it was a replay, the statement or note it created. */
export type MirrorCommandAck = LiveCommandAck;

/** What a stored change of a conversation did, as one screen may see it. */
export type MirrorEventBody =
  /** The course of the conversation: started, another question, the closing round, ended. */
  | {
      readonly type: 'conversationChanged';
      readonly status: MirrorStatus;
      readonly currentQuestionId: string | null;
      readonly closingRound: boolean;
    }
  /** Captured or corrected (moderator console only). */
  | { readonly type: 'statementSaved'; readonly statement: MirrorLiveStatement }
  | { readonly type: 'statementRemoved'; readonly statementId: string }
  /** A private note (its author's consoles only) or a clarifying question (every console). */
  | { readonly type: 'noteAdded'; readonly note: MirrorLiveNote }
  | { readonly type: 'noteRemoved'; readonly noteId: string }
  /** The moderator marked a clarifying question as asked, or not. */
  | { readonly type: 'questionAsked'; readonly noteId: string; readonly asked: boolean }
  /** A change this screen may not see: only the version moves on. */
  | { readonly type: 'unseen' }
  /** Changed outside the live room (plan, consent, harvest): fetch a fresh snapshot. */
  | { readonly type: 'refresh' };

export type MirrorEvent = MirrorEventBody & {
  readonly conversationId: string;
  /** The conversation's version after this change (one more than before). */
  readonly version: number;
  /** Database time of the change. */
  readonly at: string;
};
