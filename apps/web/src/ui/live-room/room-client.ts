import {
  errorMessage,
  isRefusal,
  noteRoomVersion,
  RECONNECT_AFTER_SERVER_CLOSE_MS,
  receiveRoomEvent,
  resyncDelayMs,
  roomBehind,
  roomSyncFrom,
  SERVER_CLOSED_SOCKET,
  type Language,
  type LiveFailure,
  type RoomReducer,
  type RoomSync,
  type RoomVersionBeacon,
  type Versioned,
} from '@kring/domain';
import type { Acknowledged, KeepFlagged, Outbox, OutboxItem, RoomCommand } from './outbox';

/**
 * One screen's connection to a live room, whichever room it is (case session,
 * mirror conversation): joins over socket.io, keeps the room's state with the
 * room's reducer (in libs/domain), notices a gap (also after the last event
 * of a burst, from the room's version beacon) and then fetches a fresh
 * snapshot, and sends everything through the persistent outbox, one command
 * at a time. Free of React and the DOM, so its behaviour is tested with a fake
 * socket; each room extends it with what only it shows.
 */

/** The part of a socket.io client socket this uses. */
export interface LiveSocket {
  readonly connected: boolean;
  /** False once socket.io gave up, e.g. the server refused the connection. */
  readonly active: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event?: string): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): { emit(event: string, payload: unknown, ack: (error: Error | null, response: never) => void): unknown };
}

/** The browser's own idea of being online (navigator.onLine and its events). */
export interface NetworkSignal {
  isOnline(): boolean;
  subscribe(listener: (online: boolean) => void): () => void;
}

/**
 * connecting: on the way (also between reconnect attempts); online: joined,
 * the state is current; offline: no connection, changes wait in the outbox;
 * refused: the server will not let this person in (not invited, logged out).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** What every room's screen shows about its connection; rooms add their own fields. */
export interface RoomView<S, C extends RoomCommand> {
  readonly connection: ConnectionStatus;
  /** Why the room cannot be entered, when `connection` is refused. */
  readonly refusal?: string;
  /** Undefined until the first snapshot arrived. */
  readonly state?: S;
  /** Everything not yet acknowledged by the server, oldest first. */
  readonly unsent: readonly OutboxItem<C>[];
  /** False when the device keeps no storage: what is unsent is lost on reload. */
  readonly persistent: boolean;
}

/** The socket events and messages of one room (libs/domain: live-session/socket.ts, mirror-conversations/live.ts). */
export interface RoomProtocol<S extends Versioned, E extends Versioned, C extends RoomCommand> {
  readonly roomId: string;
  readonly events: { readonly join: string; readonly command: string; readonly event: string; readonly version: string };
  readonly joinRequest: unknown;
  /** The command message for an outbox item (the room's id, its key, the command). */
  message(item: OutboxItem<C>): unknown;
  /** The room an event belongs to. */
  roomOf(event: E): string;
  readonly reduce: RoomReducer<S, E>;
  /** An event that cannot be applied but asks for a fresh snapshot at once (a change made outside the room). */
  needsSnapshot?(event: E): boolean;
  /**
   * The room no longer has this screen's person in it (taken off the list while it ran). When an event makes it so,
   * the screen asks to join again, and the server's refusal then ends it (what it showed goes, the page says why).
   */
  leftOut?(state: S): boolean;
}

export interface RoomClientOptions<C extends RoomCommand> {
  socket: LiveSocket;
  outbox: Outbox<C>;
  language: () => Language;
  network?: NetworkSignal;
  /** How long to wait for an ack before joining again; an unanswered command is then sent again. */
  ackTimeoutMs?: number;
  /** How long to wait before sending again after the server failed (INTERNAL) instead of answering. */
  retryAfterMs?: number;
  /** The jitter of a resync (tests make it fixed). */
  random?: () => number;
}

export type JoinAck<S> = { readonly ok: true; readonly state: S } | LiveFailure;
export type CommandAck = { readonly ok: true } | LiveFailure;

const DEFAULT_ACK_TIMEOUT_MS = 10_000;
/** After a server failure (INTERNAL) the outbox waits this long before sending again, so a failing server is not flooded. */
const DEFAULT_RETRY_AFTER_MS = 2_000;

export abstract class RoomClient<
  S extends Versioned,
  E extends Versioned,
  C extends RoomCommand,
  A extends CommandAck,
  V extends RoomView<S, C>,
> {
  protected view: V;
  protected sync?: RoomSync<S, E>;
  private readonly listeners = new Set<() => void>();
  /** Events that arrived while a join was under way; replayed onto its snapshot. */
  private duringJoin: E[] | null = null;
  private joined = false;
  private pumping = false;
  private resyncTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private stopNetwork?: () => void;
  private readonly ackTimeoutMs: number;
  private readonly retryAfterMs: number;

  protected constructor(
    protected readonly protocol: RoomProtocol<S, E, C>,
    protected readonly options: RoomClientOptions<C>,
    extra: Omit<V, keyof RoomView<S, C>>,
  ) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
    this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    this.view = { connection: 'connecting', unsent: options.outbox.items(), persistent: options.outbox.persistent, ...extra } as V;
  }

  start(): void {
    const { socket, network } = this.options;
    const { events } = this.protocol;
    socket.on('connect', () => this.join());
    socket.on('disconnect', (reason: string) => {
      this.lost();
      if (reason === SERVER_CLOSED_SOCKET) setTimeout(() => socket.connect(), RECONNECT_AFTER_SERVER_CLOSE_MS);
    });
    socket.on('connect_error', (error: Error) => this.connectFailed(error));
    socket.on(events.event, (event: E) => this.receive(event));
    socket.on(events.version, (beacon: RoomVersionBeacon) => this.beacon(beacon));
    this.listen(socket);
    // Chrome keeps an open WebSocket alive when the network goes away, so the
    // browser's own offline signal ends it, and its online signal reconnects
    // (socket.io's heartbeat would notice too, but only after half a minute).
    this.stopNetwork = network?.subscribe((online) => {
      if (online) socket.connect();
      else {
        socket.disconnect();
        this.lost();
      }
    });
    if (!network || network.isOnline()) socket.connect();
    else this.update({ connection: 'offline' } as Partial<V>);
  }

  /** Leaves the room; start() may be called again (React runs effects twice in development). */
  stop(): void {
    this.stopNetwork?.();
    clearTimeout(this.resyncTimer);
    this.resyncTimer = undefined;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.options.socket.disconnect();
    this.options.socket.off();
  }

  getView = (): V => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues a command; it is sent at once when joined, otherwise after (re)joining. `acknowledged`: the author confirmed the guard's findings. */
  protected enqueue(command: C, acknowledged?: Acknowledged, keep?: KeepFlagged): OutboxItem<C> {
    const item = this.options.outbox.add(command, acknowledged, keep);
    this.outboxChanged();
    void this.pump();
    return item;
  }

  /** Another tab of this person changed the shared outbox. */
  outboxChanged(): void {
    this.update({ unsent: this.options.outbox.items(), persistent: this.options.outbox.persistent } as Partial<V>);
  }

  /** Whether the room is joined and the outbox is being sent. */
  protected get isJoined(): boolean {
    return this.joined;
  }

  /** Further socket events of the room (presence). */
  protected listen(_socket: LiveSocket): void {}

  /** The room's own fields after a fresh snapshot (e.g. the clock offset). */
  protected afterJoin(_state: S): Partial<V> {
    return {};
  }

  /** A command left the outbox: applied, replayed or refused (see isRefusal). */
  protected abstract settled(item: OutboxItem<C>, ack: A): void;

  /** Sending stopped with commands still in the outbox (no connection, no answer, or the server failed). */
  protected sendingPaused(): void {}

  /** Changes the state outside the event stream (what is not versioned: presence, own entries). */
  protected setState(change: (state: S) => S): void {
    if (!this.sync) return;
    this.sync = { ...this.sync, state: change(this.sync.state) };
    this.update({ state: this.sync.state } as Partial<V>);
  }

  protected update(patch: Partial<V>): void {
    this.view = { ...this.view, ...patch };
    this.listeners.forEach((listener) => listener());
  }

  private join(): void {
    const { socket } = this.options;
    if (!socket.connected) return;
    clearTimeout(this.resyncTimer);
    this.resyncTimer = undefined;
    this.joined = false;
    this.duringJoin = [];
    if (this.view.connection !== 'refused') this.update({ connection: 'connecting' } as Partial<V>);
    socket.timeout(this.ackTimeoutMs).emit(this.protocol.events.join, this.protocol.joinRequest, (error: Error | null, ack: JoinAck<S>) => {
      if (error) {
        // No answer in time, or the connection dropped meanwhile: the next connect joins again.
        if (socket.connected) this.join();
        return;
      }
      if (!ack.ok) {
        this.duringJoin = null;
        // Only a failing server is worth asking again (after a pause); anything else is the server's answer.
        if (ack.error.code === 'INTERNAL') setTimeout(() => this.join(), this.retryAfterMs);
        else {
          this.refused(ack.error.message);
          socket.disconnect();
        }
        return;
      }
      this.sync = roomSyncFrom(ack.state, this.duringJoin ?? [], this.protocol.reduce);
      this.duringJoin = null;
      this.joined = true;
      this.update({ connection: 'online', refusal: undefined, state: this.sync.state, ...this.afterJoin(ack.state) } as Partial<V>);
      this.watchGap();
      void this.pump();
    });
  }

  /**
   * The server's final no: the room is not (or no longer) this person's, or the login ended. What the screen still
   * held of the room goes too (the person lost the right to see it: a removal, an erasure, a logout elsewhere); the
   * outbox stays on the device, so nothing typed is lost.
   */
  private refused(refusal: string): void {
    this.sync = undefined;
    this.update({ connection: 'refused', refusal, state: undefined } as Partial<V>);
  }

  private lost(): void {
    this.joined = false;
    this.duringJoin = null;
    if (this.view.connection !== 'refused') this.update({ connection: 'offline' } as Partial<V>);
    this.sendingPaused();
  }

  private connectFailed(error: Error): void {
    this.joined = false;
    // A refusal by the server's middleware is final (socket.io stops retrying): typically the login expired.
    if (!this.options.socket.active) {
      const code = error.message === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'INTERNAL';
      this.refused(errorMessage(code, this.options.language()));
    } else this.update({ connection: 'offline' } as Partial<V>);
    this.sendingPaused();
  }

  private receive(event: E): void {
    if (this.protocol.roomOf(event) !== this.protocol.roomId) return;
    this.duringJoin?.push(event);
    if (!this.sync) return;
    const before = this.sync.state;
    this.sync = receiveRoomEvent(this.sync, event, this.protocol.reduce);
    this.update({ state: this.sync.state } as Partial<V>);
    if (this.protocol.needsSnapshot?.(event) && event.version > this.sync.state.version) this.join();
    // Only on the change itself: a room that never listed the person (should the server let them in anyway) is not asked again and again.
    else if (this.protocol.leftOut && !this.protocol.leftOut(before) && this.protocol.leftOut(this.sync.state)) this.join();
    else this.watchGap();
  }

  /** The room's version, every few seconds: behind it, an event is missing (also the last of a burst). */
  private beacon(beacon: RoomVersionBeacon): void {
    if (beacon.roomId !== this.protocol.roomId || !this.sync) return;
    // Taken out of the room by the server (its person's place changed): ask again now, to be let in anew or refused.
    if (beacon.rejoin) return this.join();
    this.sync = noteRoomVersion(this.sync, beacon.version);
    this.watchGap();
  }

  /**
   * The screen is behind (an event overtook another, or the beacon is ahead):
   * wait for the missing events (LIVE_ROOM_TIMING.gapTimeoutMs, above the
   * measured p99), then, with jitter so a room's screens do not all ask at
   * once, fetch a fresh snapshot.
   */
  private watchGap(): void {
    if (!this.sync || !roomBehind(this.sync) || this.resyncTimer) return;
    this.resyncTimer = setTimeout(
      () => {
        this.resyncTimer = undefined;
        if (this.sync && roomBehind(this.sync)) this.join();
      },
      resyncDelayMs((this.options.random ?? Math.random)()),
    );
  }

  /** Sends the outbox in order, one command at a time, each waiting for its ack. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let item = this.options.outbox.next(); item && this.joined; item = this.options.outbox.next()) {
        const ack = await this.emitCommand(item);
        if (!ack) {
          // No answer: after a reconnect the join sends it again; on a live connection, join again now.
          if (this.options.socket.connected && this.joined) this.join();
          break;
        }
        if (!ack.ok && !isRefusal(ack)) {
          // The server failed rather than refused: the command stays in the outbox and goes again in a moment.
          this.retryTimer ??= setTimeout(() => {
            this.retryTimer = undefined;
            void this.pump();
          }, this.retryAfterMs);
          break;
        }
        this.options.outbox.remove(item.clientKey);
        this.update({ unsent: this.options.outbox.items() } as Partial<V>);
        this.settled(item, ack);
      }
    } finally {
      this.pumping = false;
    }
    if (this.options.outbox.next()) this.sendingPaused();
  }

  private emitCommand(item: OutboxItem<C>): Promise<A | undefined> {
    const { socket } = this.options;
    if (!socket.connected) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      socket
        .timeout(this.ackTimeoutMs)
        .emit(this.protocol.events.command, this.protocol.message(item), (error: Error | null, ack: A) => resolve(error ? undefined : ack));
    });
  }
}
