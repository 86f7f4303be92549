import { MIRROR_SOCKET_EVENTS, mirrorRoom } from '@kring/domain';
import { LiveRoomKind } from '../../../engine/live/room-kind';
import { narrowedConsole } from './mirror-audience';

/** The mirror conversation as a kind of live room: its rows, receipts, socket room and beacon (no presence). */
export const MIRROR_ROOM: LiveRoomKind = {
  name: 'mirror',
  table: 'mirror_conversation',
  receipts: { table: 'mirror_command_receipt', roomColumn: 'conversation_id' },
  // roleIn's role (a planner's projector is a viewer; the console is refused one): it decides the audience rooms.
  place: `(SELECT CASE WHEN c.moderator_id = pair.person_id THEN 'moderator'
      WHEN EXISTS (SELECT 1 FROM mirror_listener l WHERE l.conversation_id = c.id AND l.person_id = pair.person_id) THEN 'listener'
      ELSE 'viewer' END FROM mirror_conversation c WHERE c.id = pair.room_id)`,
  narrowed: narrowedConsole,
  room: mirrorRoom,
  beaconEvent: MIRROR_SOCKET_EVENTS.version,
};
