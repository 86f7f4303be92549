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
  /**
   * A place that only narrowed (`from` and `to` both admit a screen): the audience rooms a screen leaves to stay in
   * the room with the place `to`, as the change's own takeOut does where it was heard (a mirror conversation's
   * moderator kept on as a listener leaves the moderator's console). Undefined, or no function: it leaves the room.
   */
  narrowed?(roomId: string, from: string, to: string): readonly string[] | undefined;
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
