import { ContentFinding } from '../privacy/content-guard';
import { EscalationPromptInfo } from '../privacy/escalation';
import { ErrorCode } from '../i18n/messages';
import { LiveCommand } from './commands';
import { LiveSessionState } from './types';

/**
 * The live room over socket.io (path /socket.io, logged in by the session
 * cookie). The conversation, in order:
 *
 * 1. `session:join` {sessionId} → ack LiveJoinAck with the full current state.
 *    A late joiner and a reconnecting screen do the same: the snapshot holds
 *    everything, so nothing depends on having seen earlier events. The server
 *    puts the socket in the room before reading the snapshot, so events may
 *    arrive before the ack: keep them and start with
 *    syncFromSnapshot(state, eventsSoFar), then feed every event to
 *    receiveLiveEvent (reducer.ts).
 * 2. `session:command` LiveCommandMessage → ack LiveCommandAck. The server
 *    checks it, stores it in PostgreSQL (bumping the session version), and only
 *    then acks and broadcasts the resulting event. A refused command changes
 *    nothing and the ack says why, in the viewer's language.
 * 3. `session:event` LiveEvent, to everyone in the room (also the sender), on
 *    every API process.
 * 4. `session:presence` LivePresence whenever someone's screens join or leave.
 * 5. `session:leave` {sessionId} → ack {ok: true}; disconnecting does the same.
 * 6. `session:version` RoomVersionBeacon {roomId, version} every few seconds
 *    (LIVE_ROOM_TIMING.beaconMs) from the screen's own API process: a screen
 *    whose state is behind it missed an event (even the last of a burst) and
 *    resyncs (live-room/sync.ts).
 * 7. `session:typing` LiveTypingRequest → ack LiveTypingAck while someone
 *    writes (at most every few seconds); the others get `session:typing`
 *    LiveTyping. Presence, never stored (typing.ts).
 *
 * Outbox (nothing typed is lost): a screen gives each command a fresh random
 * `clientKey`, keeps the message in a persistent outbox (shown as "nog niet
 * verzonden") until it has an ack, and re-sends it unchanged after
 * reconnecting and joining again. The server applies each (person, clientKey)
 * once; a replay is answered with the original result (`replayed: true`).
 * An ack with ok:false means the command was refused: take it out of the
 * outbox and show the message (keep the typed text so it can be reused) —
 * unless `isRefusal` says it was not a refusal (the server failed, or the
 * login ended): then it stays in the outbox and is sent again later.
 */
export const LIVE_SOCKET_EVENTS = {
  join: 'session:join',
  leave: 'session:leave',
  command: 'session:command',
  event: 'session:event',
  presence: 'session:presence',
  version: 'session:version',
  typing: 'session:typing',
} as const;

/**
 * socket.io's reason when the server closed a socket on purpose: the login
 * ended or the person's access changed. socket.io does not reconnect by
 * itself then; a live screen connects again after RECONNECT_AFTER_SERVER_CLOSE_MS
 * and the handshake and the join decide afresh whether it may be there.
 */
export const SERVER_CLOSED_SOCKET = 'io server disconnect';
export const RECONNECT_AFTER_SERVER_CLOSE_MS = 300;

/** socket.io room of a session; every API process broadcasts to it through PostgreSQL. */
export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

export interface LiveJoinRequest {
  readonly sessionId: string;
}

export interface LiveCommandMessage {
  readonly sessionId: string;
  /** Idempotency key chosen by the screen (a random UUID); at most LIVE_LIMITS.clientKeyMaxLength characters. */
  readonly clientKey: string;
  readonly command: LiveCommand;
  /** "Ik heb dit gecontroleerd": send despite names or dates the content guard found (never despite a BSN). */
  readonly acknowledgeWarnings?: boolean;
  /** The findings only the server could make that the author was shown in a refusal and confirmed, by id (findingId). */
  readonly acknowledgedFindings?: readonly string[];
  /** "Toch bewaren": keep a text the escalation guardrail flagged, knowingly (KEEP_FLAGGED_FIELD). */
  readonly keepFlaggedText?: boolean;
  /** The escalation prompt that keep answers (ESCALATION_PROMPT_FIELD). */
  readonly escalationPromptId?: string;
}

/** What the content guard found in a refused command's text (BSN_REFUSED, IDENTIFYING_DETAILS), to highlight it. */
export interface LiveFinding extends ContentFinding {
  readonly label: string;
  /** Its id (findingId): the command sent again with it in acknowledgedFindings confirms what only the server found. */
  readonly id: string;
}

export interface LiveFailure {
  readonly ok: false;
  /** `message` is written in the viewer's language (from the shared error catalogue). */
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly findings?: readonly LiveFinding[];
    readonly escalation?: EscalationPromptInfo;
  };
}

/**
 * Codes that say nothing about the command itself: the server could not
 * answer (INTERNAL) or the person has to log in again first. Dropping the
 * command then would lose what was typed, so it stays in the outbox.
 */
const NOT_A_REFUSAL: readonly ErrorCode[] = ['INTERNAL', 'UNAUTHENTICATED'];

/** Whether a failed ack means the server refused the command (and it can leave the outbox). Used by every live room. */
export function isRefusal(failure: LiveFailure): boolean {
  return !NOT_A_REFUSAL.includes(failure.error.code);
}

/** The answer to joining a live room: the room's state as this person may see it, or why not. */
export type LiveJoinAckOf<State> = { readonly ok: true; readonly state: State } | LiveFailure;

export type LiveJoinAck = LiveJoinAckOf<LiveSessionState>;

export type LiveCommandAck =
  | {
      readonly ok: true;
      /** The session version after this command (unchanged when it changed nothing, e.g. a tag that was already there). */
      readonly version: number;
      /** True when this clientKey had been applied before: nothing was applied again. */
      readonly replayed: boolean;
      /** The id of what the command created (entry, group, tag), so the author's screen can recognise its own anonymous entries. */
      readonly createdId: string | null;
    }
  | LiveFailure;
