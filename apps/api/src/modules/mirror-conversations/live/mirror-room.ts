import { MIRROR_SOCKET_EVENTS, mirrorRoom } from '@kring/domain';
import { LiveRoomKind } from '../../../engine/live/room-kind';

/** The mirror conversation as a kind of live room: its rows, receipts, socket room and beacon (no presence). */
export const MIRROR_ROOM: LiveRoomKind = {
  name: 'mirror',
  table: 'mirror_conversation',
  receipts: { table: 'mirror_command_receipt', roomColumn: 'conversation_id' },
  room: mirrorRoom,
  beaconEvent: MIRROR_SOCKET_EVENTS.version,
};
