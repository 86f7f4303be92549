import { LiveFailure } from './socket';
import { RoomDisclosureState, entriesPrivate } from './visibility';

/**
 * "Fatima typt…": presence, not a command. While someone writes in the
 * composer their screen says so at most once per TYPING_TIMING.sendEveryMs
 * (`session:typing`, LiveTypingRequest); the server checks it like every
 * socket event, stores nothing, and passes it on to the others in the room
 * (LiveTyping). A screen shows it for TYPING_TIMING.showForMs after the last
 * one, so a closed laptop or a lost connection ends it by itself.
 *
 * Who is typing is only told where the writing itself will carry a name: in a
 * phase where everyone writes alone first (privateUntilReveal) and for
 * anonymous writing the server leaves the person out and the room reads
 * "iemand typt…". That still tells the moderator whether to wait before
 * revealing, but not who is still busy (or who wrote the anonymous card that
 * appears a moment later).
 */
export const TYPING_TIMING = {
  /** A screen says "typing" at most this often while its person types. */
  sendEveryMs: 3_000,
  /** After the last word of it, "typing" stays this long on the others' screens. */
  showForMs: 5_000,
} as const;

export interface LiveTypingRequest {
  readonly sessionId: string;
  /** The phase the composer writes in; a screen a phase behind is not passed on. */
  readonly phaseId: string;
  /** The composer's "anoniem" box is ticked. */
  readonly anonymous: boolean;
}

/** To the others in the room. */
export interface LiveTyping {
  readonly sessionId: string;
  readonly phaseId: string;
  /** null: "iemand" — the phase is written alone first, or the writer is anonymous. */
  readonly personId: string | null;
}

/** relayed false: within sendEveryMs of the last one from this person, so not passed on again (not an error). */
export type LiveTypingAck = { readonly ok: true; readonly relayed: boolean } | LiveFailure;

/** A request as it came off the socket, or null when it is not one (the ack then says SESSION_INVALID_COMMAND). */
export function parseTypingRequest(body: unknown): LiveTypingRequest | null {
  if (typeof body !== 'object' || body === null) return null;
  const { sessionId, phaseId, anonymous } = body as Record<string, unknown>;
  if (typeof sessionId !== 'string' || typeof phaseId !== 'string' || phaseId.length === 0 || phaseId.length > 100) return null;
  if (anonymous !== undefined && typeof anonymous !== 'boolean') return null;
  return { sessionId, phaseId, anonymous: anonymous === true };
}

/** Whether the room may be told who is typing (else "iemand"). The server decides with this; screens only show it. */
export function typistNamed(room: RoomDisclosureState, phaseId: string, anonymous: boolean): boolean {
  return !anonymous && !entriesPrivate(room, phaseId);
}

/** One "typing" as a screen keeps it: until when it is shown. */
export interface TypingSeen {
  readonly phaseId: string;
  readonly personId: string | null;
  readonly until: number;
}

/** Takes in a LiveTyping received at `now`: a person's newer one replaces their older one. */
export function addTyping(seen: readonly TypingSeen[], typing: LiveTyping, now: number): TypingSeen[] {
  const kept = typing.personId === null ? seen : seen.filter((s) => s.personId !== typing.personId);
  return [
    ...kept.filter((s) => s.until > now),
    { phaseId: typing.phaseId, personId: typing.personId, until: now + TYPING_TIMING.showForMs },
  ];
}

/** Who is typing in this phase now: the named people (in the order they started) and whether anyone unnamed is. */
export function typingNow(seen: readonly TypingSeen[], phaseId: string, now: number): { personIds: string[]; someone: boolean } {
  const current = seen.filter((s) => s.phaseId === phaseId && s.until > now);
  return {
    personIds: [...new Set(current.flatMap((s) => (s.personId ? [s.personId] : [])))],
    someone: current.some((s) => s.personId === null),
  };
}
