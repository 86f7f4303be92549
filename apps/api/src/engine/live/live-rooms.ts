import { LIVE_ROOM_TIMING, RoomVersionBeacon } from '@kring/domain';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { SocketState } from '../policy/policy.guard';
import { BroadcastMonitor } from '../realtime/broadcast-monitor';
import { Delivery, LiveRoomKind } from './room-kind';

const logger = new Logger('LiveRooms');

/** How long presence waits for the other API processes; a dead one is then simply left out. */
const PRESENCE_TIMEOUT_MS = 500;

/** A room whose version stayed the same is beaconed again after this many rounds (see LiveRooms.beaconed). */
const BEACON_REPEAT_ROUNDS = 8;

/** The rooms a socket has joined, by kind, with the place its person was admitted in (a disconnect updates their presence). */
interface RoomOfSocket {
  readonly kind: LiveRoomKind;
  readonly roomId: string;
  readonly place: string;
}
interface RoomsOfSocket {
  liveRooms?: Map<string, RoomOfSocket>;
}

/**
 * The live rooms of this API process: the one place that sends to screens
 * (deliver), that knows which rooms have screens here, and that beacons their
 * versions. Every room kind (case sessions, mirror conversations) goes
 * through it.
 *
 * Nothing is lost between processes: events are published after the commit
 * by whichever process stored them, through the socket.io adapter. If that
 * process dies between commit and publish, or an adapter message is lost,
 * the event never arrives; then the beacon is the recovery path. Every
 * LIVE_ROOM_TIMING.beaconMs each process reads the versions of the rooms its
 * own screens are in (one indexed statement per kind) and tells those screens
 * of each room whose version moved since its last beacon; a screen behind the
 * beacon fetches a fresh snapshot (tests/integration/live-kit.spec.ts).
 */
@Injectable()
export class LiveRooms implements OnApplicationShutdown {
  private server: Server | null = null;
  /** Rooms with at least one screen on this process: kind name → room id → socket ids. */
  private readonly active = new Map<string, { kind: LiveRoomKind; rooms: Map<string, Set<string>> }>();
  /**
   * The version each active room's screens here were last told by a beacon
   * and the round it was told in ("kind:roomId"). A room whose version has
   * not moved since is told again only every BEACON_REPEAT_ROUNDS rounds: its
   * screens heard that version, and a screen that joined since read a
   * snapshot at least as new (the repeat covers one that joined while the
   * last event was lost). Idle rooms then cost one indexed read per round
   * instead of a packet per screen.
   */
  private readonly beaconed = new Map<string, { version: number; round: number }>();
  private beaconRound = 0;
  private beaconTimer?: ReturnType<typeof setInterval>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    monitor: BroadcastMonitor,
  ) {
    // A presence asked before this process knew another one left that one's screens out (a process just started, or
    // back after a break); once it is heard, every room here is told again, now counting its screens too.
    monitor.onInstanceHeard(() => void this.presenceEverywhere());
  }

  /** Called once socket.io is up. */
  attach(server: Server): void {
    this.server = server;
    this.beaconTimer ??= setInterval(() => void this.beacon(), LIVE_ROOM_TIMING.beaconMs);
    this.beaconTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.beaconTimer);
  }

  /**
   * The one emit path of every live room (a scale-out adapter or a bench hooks
   * in here): only after the change is committed, since an event promises
   * that it is stored.
   */
  deliver<E>(eventName: string, deliveries: readonly Delivery<E>[]): void {
    if (!this.server) return;
    for (const delivery of deliveries) {
      if (delivery.to.length === 0) continue;
      let target = this.server.to([...delivery.to]);
      if (delivery.except?.length) target = target.except([...delivery.except]);
      target.emit(eventName, delivery.event);
    }
  }

  /**
   * Screens taken off a room, or off an audience in it, leave those socket.io rooms at once, on every API process,
   * whatever their page does next: the sockets in any of `holders` (a person's room, or a room only that person's
   * screens of this kind are in) leave `rooms`.
   */
  takeOut(holders: readonly string[], rooms: readonly string[]): void {
    if (!this.server || holders.length === 0 || rooms.length === 0) return;
    this.server.in([...holders]).socketsLeave([...rooms]);
  }

  /**
   * Puts a screen in a room (and its extra socket.io rooms, e.g. per view) and counts it as active here; `place` is
   * the person's place its join admitted (LiveRoomKind.place), which the beacon checks again.
   */
  async enter(socket: Socket, kind: LiveRoomKind, roomId: string, place: string, extraRooms: readonly string[] = []): Promise<void> {
    await socket.join([kind.room(roomId), ...extraRooms]);
    ((socket.data as RoomsOfSocket).liveRooms ??= new Map()).set(`${kind.name}:${roomId}`, { kind, roomId, place });
    const rooms = this.activeOf(kind);
    if (!rooms.has(roomId)) rooms.set(roomId, new Set());
    rooms.get(roomId)!.add(socket.id);
  }

  /** Takes a screen out of a room and the socket.io rooms whose names start with the room's own (none: nothing to tell). */
  leave(socket: Socket, kind: LiveRoomKind, roomId: string): void {
    const room = kind.room(roomId);
    for (const joined of [...socket.rooms]) if (joined === room || joined.startsWith(`${room}:`)) void socket.leave(joined);
    if (!(socket.data as RoomsOfSocket).liveRooms?.delete(`${kind.name}:${roomId}`)) return;
    this.forget(kind, roomId, socket.id);
    void this.presence(kind, roomId);
  }

  /** A socket closed: it left every room it was in. */
  disconnected(socket: Socket): void {
    for (const { kind, roomId } of (socket.data as RoomsOfSocket).liveRooms?.values() ?? []) {
      this.forget(kind, roomId, socket.id);
      void this.presence(kind, roomId);
    }
  }

  /**
   * People with a screen in the room. A join never waits on another process
   * (one that was just killed would hold it for the adapter's 5 s): 'local'
   * answers at once; 'everywhere' asks the other processes for at most
   * PRESENCE_TIMEOUT_MS and falls back to this process's screens.
   */
  async online(kind: LiveRoomKind, roomId: string, scope: 'local' | 'everywhere'): Promise<string[]> {
    if (!this.server) return [];
    const room = kind.room(roomId);
    const local = () => this.server!.local.in(room).fetchSockets();
    const sockets = scope === 'local' ? await local() : await this.server.in(room).timeout(PRESENCE_TIMEOUT_MS).fetchSockets().catch(local);
    const people = sockets.map((socket) => (socket.data as SocketState).viewer?.personId).filter((id): id is string => !!id);
    return [...new Set(people)];
  }

  /** Tells the room who is connected. Best effort: presence is not stored, so errors are logged, never thrown. */
  async presence(kind: LiveRoomKind, roomId: string): Promise<void> {
    if (!this.server || !kind.presence) return;
    try {
      const online = await this.online(kind, roomId, 'everywhere');
      this.server.to(kind.room(roomId)).emit(kind.presence.event, kind.presence.payload(roomId, online));
    } catch (error) {
      logger.warn({ err: error, room: kind.name, roomId }, 'Could not update presence');
    }
  }

  /** Presence afresh for every room with screens on this process. */
  private async presenceEverywhere(): Promise<void> {
    for (const { kind, rooms } of this.active.values()) {
      await Promise.all([...rooms.keys()].map((roomId) => this.presence(kind, roomId)));
    }
  }

  /**
   * One round of version beacons to this process's screens (public for
   * tests): only rooms whose version moved since their last beacon, one room
   * per turn of the event loop, so a round with many busy rooms (a packet per
   * screen) never holds up the commands in between.
   */
  async beacon(): Promise<void> {
    if (!this.server) return;
    const round = ++this.beaconRound;
    for (const { kind, rooms } of this.active.values()) {
      if (rooms.size === 0) continue;
      try {
        const rows: { id: string; version: string }[] = await this.db.query(
          `SELECT id, version FROM ${kind.table} WHERE id = ANY($1::uuid[])`,
          [[...rooms.keys()]],
        );
        const told: RoomVersionBeacon[] = [];
        for (const row of rows) {
          const key = `${kind.name}:${row.id}`;
          const version = Number(row.version);
          const last = this.beaconed.get(key);
          if (!rooms.has(row.id) || (last?.version === version && round - last.round < BEACON_REPEAT_ROUNDS)) continue;
          this.beaconed.set(key, { version, round });
          const beacon: RoomVersionBeacon = { roomId: row.id, version };
          // Local only: every process beacons its own screens, so a beacon never depends on the adapter.
          this.server.local.to(kind.room(row.id)).emit(kind.beaconEvent, beacon);
          told.push(beacon);
          await new Promise((resolve) => setImmediate(resolve));
        }
        await this.placesChanged(kind, told);
      } catch (error) {
        logger.warn({ err: error, room: kind.name }, 'Could not send the version beacon');
      }
    }
  }

  /**
   * Of the rooms just beaconed, takes out the screens whose person's place in the room is no longer the one their
   * join admitted (LiveRoomKind.place: taken off a session, no longer a mirror conversation's moderator). The change's own word (takeOut
   * on every process, the page asking again) misses a process whose bus was not listening, and a join whose check
   * came just before the change; a screen left in would go on receiving what its person may no longer see. Each one
   * taken out gets the beacon on its own, saying so (`rejoin`): its page asks again, behind or not, and is refused or
   * admitted afresh with its new place.
   */
  private async placesChanged(kind: LiveRoomKind, beacons: readonly RoomVersionBeacon[]): Promise<void> {
    const entryOf = (socket: Socket, roomId: string) => (socket.data as RoomsOfSocket).liveRooms?.get(`${kind.name}:${roomId}`);
    const held: { socket: Socket; personId: string; entry: RoomOfSocket; beacon: RoomVersionBeacon }[] = [];
    for (const beacon of beacons) {
      for (const socketId of this.activeOf(kind).get(beacon.roomId) ?? []) {
        const socket = this.server?.of('/').sockets.get(socketId);
        const personId = (socket?.data as SocketState | undefined)?.viewer?.personId;
        const entry = socket && entryOf(socket, beacon.roomId);
        if (socket && personId && entry) held.push({ socket, personId, entry, beacon });
      }
    }
    if (held.length === 0) return;
    // The place is worked out once per screen (a subquery per row), then compared.
    const changed = await this.db.query<{ n: string; now: string | null }[]>(
      `SELECT n, now FROM (
         SELECT pair.n, pair.place, ${kind.place} AS now
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS pair(room_id, person_id, place, n)) checked
        WHERE now IS DISTINCT FROM place`,
      [held.map((h) => h.entry.roomId), held.map((h) => h.personId), held.map((h) => h.entry.place)],
    );
    for (const { n, now } of changed) {
      const { socket, entry, beacon } = held[Number(n) - 1];
      // A screen that joined again meanwhile holds a new entry, with the place of that join: it stays.
      if (!socket.connected || entryOf(socket, entry.roomId) !== entry) continue;
      // Still in the room, with less to hear: it keeps hearing what its new place hears, without joining again.
      const narrowed = now === null ? undefined : kind.narrowed?.(entry.roomId, entry.place, now);
      if (now !== null && narrowed) {
        for (const room of narrowed) void socket.leave(room);
        (socket.data as RoomsOfSocket).liveRooms!.set(`${kind.name}:${entry.roomId}`, { ...entry, place: now });
        continue;
      }
      this.leave(socket, kind, entry.roomId);
      socket.emit(kind.beaconEvent, { ...beacon, rejoin: true } satisfies RoomVersionBeacon);
    }
  }

  private activeOf(kind: LiveRoomKind): Map<string, Set<string>> {
    let entry = this.active.get(kind.name);
    if (!entry) this.active.set(kind.name, (entry = { kind, rooms: new Map() }));
    return entry.rooms;
  }

  private forget(kind: LiveRoomKind, roomId: string, socketId: string): void {
    const rooms = this.activeOf(kind);
    const sockets = rooms.get(roomId);
    sockets?.delete(socketId);
    if (sockets?.size !== 0) return;
    rooms.delete(roomId);
    this.beaconed.delete(`${kind.name}:${roomId}`);
  }
}
