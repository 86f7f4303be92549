import { LIVE_SOCKET_EVENTS, LivePresence, sessionRoom } from '@kring/domain';
import { LiveRoomKind } from '../../../engine/live/room-kind';

/** The case room as a kind of live room: its rows, receipts, socket room, beacon and presence. */
export const SESSION_ROOM: LiveRoomKind = {
  name: 'session',
  table: 'reflection_session',
  receipts: { table: 'session_command_receipt', roomColumn: 'session_id', readFrom: 'session_receipt' },
  room: sessionRoom,
  beaconEvent: LIVE_SOCKET_EVENTS.version,
  presence: { event: LIVE_SOCKET_EVENTS.presence, payload: (sessionId, online): LivePresence => ({ sessionId, online }) },
};
