import {
  LIVE_SOCKET_EVENTS,
  LiveTyping,
  LiveTypingAck,
  parseTypingRequest,
  phaseActions,
  sessionRoom,
  TYPING_TIMING,
  typistNamed,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { SessionAccess } from '../session-access';
import { viewerRoom } from './live-broadcaster';

/** A screen that says "typing" a little early (timers, the network) is still passed on. */
const MIN_GAP_MS = TYPING_TIMING.sendEveryMs * 0.8;
/** Above this many remembered typists, the stale ones are forgotten (the map must not grow with every session ever held). */
const SWEEP_ABOVE = 500;

/**
 * "typing…" in the case room (libs/domain/src/live-session/typing.ts):
 * presence, so nothing is stored and nothing goes through the command
 * pipeline. It is still checked like every socket event: the gateway's
 * @Access rule (a member of the session's organisation), then an invited
 * person of a live session, the phase the room is in, a phase where people
 * write. (Whether this socket joined the room does not matter: what is passed
 * on goes to the room, and the person may be in it.)
 * The room is told a name only where the writing will carry one.
 */
@Injectable()
export class LiveTypingRelay {
  /** `${sessionId}:${personId}` → when it was last passed on, on this API process. */
  private readonly lastRelayed = new Map<string, number>();

  constructor(
    private readonly access: SessionAccess,
    private readonly rooms: LiveRooms,
  ) {}

  async relay(body: unknown, viewer: Viewer, access: TenantAccess): Promise<LiveTypingAck> {
    const request = parseTypingRequest(body);
    if (!request) throw new UserError('SESSION_INVALID_COMMAND', { details: 'typing' });
    const { sessionId } = request;
    const key = `${sessionId}:${viewer.personId}`;
    const now = Date.now();
    // Throttled here too, not only by the screen: a busy script cannot make the room read the database for every key.
    if (now - (this.lastRelayed.get(key) ?? Number.NEGATIVE_INFINITY) < MIN_GAP_MS) return { ok: true, relayed: false };

    const session = await this.access.participant(sessionId, access, viewer);
    if (session.status !== 'live') throw new UserError('SESSION_NOT_LIVE');
    const phases = session.method_snapshot.phases;
    const phase = phases[session.current_phase_index];
    if (!phase || phase.id !== request.phaseId) throw new UserError('SESSION_PHASE_MOVED');
    const writes = phaseActions(phases, session.current_phase_index).some((a) => a === 'contribute' || a === 'ask' || a === 'option');
    if (!writes) throw new UserError('SESSION_ACTION_NOT_IN_PHASE', { phase: phase.title[viewer.preferredLanguage] });

    this.remember(key, now);
    const room = { phases, revealedPhaseIds: session.revealed_phase_ids, closedPhaseIds: session.closed_phase_ids };
    const typing: LiveTyping = {
      sessionId,
      phaseId: phase.id,
      personId: typistNamed(room, phase.id, request.anonymous) ? viewer.personId : null,
    };
    // Not to the typist's own screens: they know.
    this.rooms.deliver(LIVE_SOCKET_EVENTS.typing, [
      { to: [sessionRoom(sessionId)], except: [viewerRoom(sessionId, viewer.personId)], event: typing },
    ]);
    return { ok: true, relayed: true };
  }

  private remember(key: string, now: number): void {
    this.lastRelayed.set(key, now);
    if (this.lastRelayed.size <= SWEEP_ABOVE) return;
    for (const [k, at] of this.lastRelayed) if (now - at >= TYPING_TIMING.showForMs) this.lastRelayed.delete(k);
  }
}
