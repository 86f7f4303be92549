import { LIVE_SOCKET_EVENTS, LivePresence, sessionRoom } from '@kring/domain';
import { LiveRoomKind } from '../../../engine/live/room-kind';

/**
 * The place of every participant in a case room, the moderator's too: the room has no audiences by role (what only
 * the moderator may do is refused per command), so a new moderator's screens stay where they are.
 */
export const IN_SESSION = 'participant';

/** The case room as a kind of live room: its rows, receipts, socket room, beacon and presence. */
export const SESSION_ROOM: LiveRoomKind = {
  name: 'session',
  table: 'reflection_session',
  receipts: { table: 'session_command_receipt', roomColumn: 'session_id', readFrom: 'session_receipt' },
  // The participant row the join admits on (SessionAccess.participant).
  place: `(SELECT '${IN_SESSION}' FROM session_participant p WHERE p.session_id = pair.room_id AND p.person_id = pair.person_id)`,
  room: sessionRoom,
  beaconEvent: LIVE_SOCKET_EVENTS.version,
  presence: { event: LIVE_SOCKET_EVENTS.presence, payload: (sessionId, online): LivePresence => ({ sessionId, online }) },
};
