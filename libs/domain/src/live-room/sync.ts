/**
 * The part every live room shares on a screen: its state and the events it
 * receives, both numbered with the room's version (each stored change counts
 * up by exactly one). Events are applied strictly in version order with the
 * room's own reducer; an event that arrives ahead of a missing one waits in
 * `early`. The room's version beacon (LIVE_ROOM_TIMING.beaconMs) tells a
 * screen how far the room really is, so it also notices a gap after the LAST
 * event of a burst, which no later event would reveal.
 */
export interface Versioned {
  readonly version: number;
}

export interface RoomSync<S extends Versioned, E extends Versioned> {
  readonly state: S;
  /** Events ahead of a missing one, in version order. */
  readonly early: readonly E[];
  /** The highest version the room is known to have reached (events and beacons). */
  readonly known: number;
}

/** A room's reducer: the next state after the event with version `state.version + 1`. */
export type RoomReducer<S extends Versioned, E extends Versioned> = (state: S, event: E) => S;

/** The version beacon every live room sends to its screens (see LIVE_ROOM_TIMING.beaconMs); not stored, only read. */
export interface RoomVersionBeacon {
  readonly roomId: string;
  readonly version: number;
  /**
   * Sent to one screen the server took out of the room (its person's place there changed, and no word of it reached
   * this process): its page asks again at once, to be admitted with its new place or refused, even when it is not behind.
   */
  readonly rejoin?: true;
}

export function receiveRoomEvent<S extends Versioned, E extends Versioned>(
  sync: RoomSync<S, E>,
  event: E,
  reduce: RoomReducer<S, E>,
): RoomSync<S, E> {
  const known = Math.max(sync.known, event.version);
  if (event.version <= sync.state.version) return known === sync.known ? sync : { ...sync, known };
  const waiting = [...sync.early.filter((e) => e.version !== event.version), event].sort((a, b) => a.version - b.version);
  let state = sync.state;
  while (waiting.length > 0 && waiting[0].version === state.version + 1) {
    const next = reduce(state, waiting[0]);
    // An event the reducer cannot apply (it needs a fresh snapshot) keeps the screen behind until it has one.
    if (next.version !== waiting[0].version) break;
    state = next;
    waiting.shift();
  }
  return { state, early: waiting.filter((e) => e.version > state.version), known };
}

/** After a fresh snapshot (join): the early events that are still ahead of it are applied or kept. */
export function roomSyncFrom<S extends Versioned, E extends Versioned>(
  state: S,
  early: readonly E[],
  reduce: RoomReducer<S, E>,
): RoomSync<S, E> {
  return early.reduce<RoomSync<S, E>>((sync, event) => receiveRoomEvent(sync, event, reduce), { state, early: [], known: state.version });
}

/** A beacon says the room has reached `version`: events up to it may still be on their way. */
export function noteRoomVersion<S extends Versioned, E extends Versioned>(sync: RoomSync<S, E>, version: number): RoomSync<S, E> {
  return version > sync.known ? { ...sync, known: version } : sync;
}

/** Whether the screen misses something: an event is missing before an early one, or the room is further than the state. */
export function roomBehind(sync: RoomSync<Versioned, Versioned>): boolean {
  return sync.early.length > 0 || sync.known > sync.state.version;
}

/**
 * Timing of every live room, shared by the server (beacon) and the screens
 * (gap detection). A screen that is behind waits `gapTimeoutMs` for the
 * missing events, then fetches a fresh snapshot after a random extra wait of
 * up to `resyncJitterMs`, so a room's screens do not all ask at once.
 */
export const LIVE_ROOM_TIMING = {
  /** Every API process tells its screens each active room's version this often. */
  beaconMs: 4_000,
  /**
   * Well above the p99 of an event between two API processes: the kill -9
   * burst test (tests/integration/live-kit.spec.ts, 240 contributions from six
   * screens on two processes) measured the time from the sender's ack to the
   * event on a screen of the other process at p50 16–23 ms and p99 115–412 ms
   * on the 2-core machine under a load average of 17 (Dec 2026); 3 s leaves
   * room for worse moments without letting a stale screen linger.
   */
  gapTimeoutMs: 3_000,
  resyncJitterMs: 1_000,
} as const;

/** The wait before a resync: the gap timeout plus jitter (random in [0, 1)). */
export function resyncDelayMs(random: number): number {
  return LIVE_ROOM_TIMING.gapTimeoutMs + Math.floor(random * LIVE_ROOM_TIMING.resyncJitterMs);
}
