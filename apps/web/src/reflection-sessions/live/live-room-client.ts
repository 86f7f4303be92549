import {
  applyPresence,
  errorMessage,
  LIVE_LIMITS,
  isRefusal,
  LIVE_SOCKET_EVENTS,
  markOwnEntry,
  receiveLiveEvent,
  RECONNECT_AFTER_SERVER_CLOSE_MS,
  SERVER_CLOSED_SOCKET,
  serverClockOffsetMs,
  syncFromSnapshot,
  type Language,
  type LiveCommand,
  type LiveCommandAck,
  type LiveEvent,
  type LiveJoinAck,
  type LivePresence,
  type LiveSessionState,
  type LiveSync,
} from '@kring/domain';
import type { DraftSlot, Drafts } from './drafts';
import { outboxMessage, type Outbox, type OutboxItem } from './outbox';

/**
 * One screen's connection to the live room: joins over socket.io, keeps the
 * room's state with the shared reducer, and sends everything through the
 * outbox. Free of React and the DOM, so its behaviour is tested with a fake
 * socket (live-room-client.spec.ts); useLiveRoom connects it to a page.
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

/** A command the server refused; an entry's text comes along so it is never lost. */
export interface LiveNotice {
  readonly id: number;
  readonly message: string;
  readonly text?: string;
}

export interface LiveRoomView {
  readonly connection: ConnectionStatus;
  /** Why the room cannot be entered, when `connection` is refused. */
  readonly refusal?: string;
  /** Undefined until the first snapshot arrived. */
  readonly state?: LiveSessionState;
  /** Server clock minus this device's clock, for the timer. */
  readonly clockOffsetMs: number;
  /** Everything not yet acknowledged by the server, oldest first. */
  readonly unsent: readonly OutboxItem[];
  /** False when the device keeps no storage: what is unsent is lost on reload. */
  readonly persistent: boolean;
  readonly notices: readonly LiveNotice[];
}

export interface LiveRoomOptions {
  sessionId: string;
  socket: LiveSocket;
  outbox: Outbox;
  drafts: Drafts;
  language: () => Language;
  network?: NetworkSignal;
  /** How long to wait for an ack before joining again; an unanswered command is then sent again. */
  ackTimeoutMs?: number;
  /** How long to wait before sending again after the server failed (INTERNAL) instead of answering. */
  retryAfterMs?: number;
}

const DEFAULT_ACK_TIMEOUT_MS = 10_000;
/** After a server failure (INTERNAL) the outbox waits this long before sending again, so a failing server is not flooded. */
const DEFAULT_RETRY_AFTER_MS = 2_000;

/** Join refusals that will not change by trying again. */
const FINAL_JOIN_ERRORS = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'SESSION_NOT_PARTICIPANT']);

export class LiveRoomClient {
  private view: LiveRoomView;
  private sync?: LiveSync;
  private readonly listeners = new Set<() => void>();
  /** Events that arrived while a join was under way; replayed onto its snapshot. */
  private duringJoin: LiveEvent[] | null = null;
  private joined = false;
  private pumping = false;
  private resyncTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private nextNoticeId = 1;
  private stopNetwork?: () => void;
  private readonly ackTimeoutMs: number;
  private readonly retryAfterMs: number;

  constructor(private readonly options: LiveRoomOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
    this.retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    this.view = {
      connection: 'connecting',
      clockOffsetMs: 0,
      unsent: options.outbox.items(),
      persistent: options.outbox.persistent,
      notices: [],
    };
  }

  start(): void {
    const { socket, network } = this.options;
    socket.on('connect', () => this.join());
    socket.on('disconnect', (reason: string) => {
      this.lost();
      if (reason === SERVER_CLOSED_SOCKET) setTimeout(() => socket.connect(), RECONNECT_AFTER_SERVER_CLOSE_MS);
    });
    socket.on('connect_error', (error: Error) => this.connectFailed(error));
    socket.on(LIVE_SOCKET_EVENTS.event, (event: LiveEvent) => this.receive(event));
    socket.on(LIVE_SOCKET_EVENTS.presence, (presence: LivePresence) => this.presence(presence));
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
    else this.update({ connection: 'offline' });
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

  getView = (): LiveRoomView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues a command; it is sent at once when joined, otherwise after (re)joining. `acknowledgeWarnings`: the author confirmed the guard's findings. */
  send(command: LiveCommand, acknowledgeWarnings = false): void {
    this.options.outbox.add(command, acknowledgeWarnings);
    this.outboxChanged();
    void this.pump();
  }

  /** Another tab of this person changed the shared outbox. */
  outboxChanged(): void {
    this.update({ unsent: this.options.outbox.items(), persistent: this.options.outbox.persistent });
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.view.notices.filter((n) => n.id !== id) });
  }

  private join(): void {
    const { socket, sessionId } = this.options;
    if (!socket.connected) return;
    this.joined = false;
    this.duringJoin = [];
    if (this.view.connection !== 'refused') this.update({ connection: 'connecting' });
    socket.timeout(this.ackTimeoutMs).emit(LIVE_SOCKET_EVENTS.join, { sessionId }, (error: Error | null, ack: LiveJoinAck) => {
      if (error) {
        // No answer in time, or the connection dropped meanwhile: the next connect joins again.
        if (socket.connected) this.join();
        return;
      }
      if (!ack.ok) {
        this.duringJoin = null;
        if (FINAL_JOIN_ERRORS.has(ack.error.code)) {
          this.update({ connection: 'refused', refusal: ack.error.message });
          socket.disconnect();
        } else if (socket.connected) this.join();
        return;
      }
      this.sync = syncFromSnapshot(ack.state, this.duringJoin ?? []);
      this.duringJoin = null;
      this.joined = true;
      this.update({
        connection: 'online',
        refusal: undefined,
        state: this.sync.state,
        clockOffsetMs: serverClockOffsetMs(ack.state.serverNow, Date.now()),
      });
      this.watchGap();
      void this.pump();
    });
  }

  private lost(): void {
    this.joined = false;
    this.duringJoin = null;
    if (this.view.connection !== 'refused') this.update({ connection: 'offline' });
  }

  private connectFailed(error: Error): void {
    this.joined = false;
    // A refusal by the server's middleware is final (socket.io stops retrying): typically the login expired.
    if (!this.options.socket.active) {
      const code = error.message === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'INTERNAL';
      this.update({ connection: 'refused', refusal: errorMessage(code, this.options.language()) });
    } else this.update({ connection: 'offline' });
  }

  private receive(event: LiveEvent): void {
    if (event.sessionId !== this.options.sessionId) return;
    this.duringJoin?.push(event);
    if (!this.sync) return;
    this.sync = receiveLiveEvent(this.sync, event);
    this.update({ state: this.sync.state });
    this.watchGap();
  }

  private presence(presence: LivePresence): void {
    if (!this.sync) return;
    this.sync = { ...this.sync, state: applyPresence(this.sync.state, presence) };
    this.update({ state: this.sync.state });
  }

  /**
   * An event overtook another (two API processes broadcast independently):
   * wait a moment for the missing one, then ask for a fresh snapshot.
   */
  private watchGap(): void {
    if (!this.sync || this.sync.early.length === 0 || this.resyncTimer) return;
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = undefined;
      if (this.sync && this.sync.early.length > 0) this.join();
    }, LIVE_LIMITS.resyncAfterMs);
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
        this.settle(item, ack);
      }
    } finally {
      this.pumping = false;
    }
  }

  private emitCommand(item: OutboxItem): Promise<LiveCommandAck | undefined> {
    const { socket, sessionId } = this.options;
    if (!socket.connected) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      socket
        .timeout(this.ackTimeoutMs)
        .emit(LIVE_SOCKET_EVENTS.command, outboxMessage(sessionId, item), (error: Error | null, ack: LiveCommandAck) =>
          resolve(error ? undefined : ack),
        );
    });
  }

  /** Applied, replayed or refused (see isRefusal): either way the command is done and leaves the outbox. */
  private settle(item: OutboxItem, ack: LiveCommandAck): void {
    this.options.outbox.remove(item.clientKey);
    if (ack.ok) {
      // An anonymous entry carries no author: the ack is how its writer recognises it.
      if (ack.createdId && this.sync && (item.command.type === 'contribute' || item.command.type === 'ask')) {
        this.sync = { ...this.sync, state: markOwnEntry(this.sync.state, ack.createdId) };
      }
      this.update({ state: this.sync?.state, unsent: this.options.outbox.items() });
      return;
    }
    const text = typedText(item.command);
    const slot = draftSlot(item.command);
    if (text !== undefined && slot) this.options.drafts.restore(slot, text);
    this.update({
      unsent: this.options.outbox.items(),
      notices: [...this.view.notices, { id: this.nextNoticeId++, message: ack.error.message, text }],
    });
  }

  private update(patch: Partial<LiveRoomView>): void {
    this.view = { ...this.view, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}

function typedText(command: LiveCommand): string | undefined {
  return command.type === 'contribute' || command.type === 'ask' || command.type === 'editEntry' ? command.body : undefined;
}

function draftSlot(command: LiveCommand): DraftSlot | undefined {
  if (command.type === 'ask') return 'question';
  if (command.type === 'contribute') return command.entryKind === 'option' ? 'option' : 'contribution';
  return undefined;
}
