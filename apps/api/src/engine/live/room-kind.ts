import { ReceiptTable } from './command-receipt';

/**
 * What the live-room kit needs to know about one kind of room (case session,
 * mirror conversation): where its rows and receipts live, what its socket.io
 * room is called and which socket events carry its beacon and presence. The
 * table names are literals from the room's configuration, never from a message.
 */
export interface LiveRoomKind {
  /** For logs. */
  readonly name: string;
  /** The table with one row per room and its `version` column (locked by every command). */
  readonly table: 'reflection_session' | 'mirror_conversation';
  readonly receipts: ReceiptTable;
  /**
   * A person's place in a room, as a SQL expression over `pair.room_id` and `pair.person_id` (uuid) giving text, or
   * null for no place: the fact its join admits a screen on (and which audience rooms it gets). A screen keeps the place
   * it joined with; when a room's version moves, the kit compares (LiveRooms.beacon) and takes a screen whose place
   * changed out of the room, whatever reached or missed its API process.
   */
  readonly place: string;
  /** The socket.io room every screen of this room joins. */
  room(roomId: string): string;
  /** The socket event of the version beacon; its payload is a RoomVersionBeacon. */
  readonly beaconEvent: string;
  /** Rooms that show who is connected: the event and its payload. */
  readonly presence?: { readonly event: string; payload(roomId: string, online: readonly string[]): unknown };
}

/** One message to send: to these socket.io rooms, except those, after the change is committed. */
export interface Delivery<E> {
  readonly to: readonly string[];
  readonly except?: readonly string[];
  readonly event: E;
}
