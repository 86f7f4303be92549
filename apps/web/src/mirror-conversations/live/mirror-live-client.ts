import {
  isRefusal,
  MIRROR_SOCKET_EVENTS,
  RECONNECT_AFTER_SERVER_CLOSE_MS,
  SERVER_CLOSED_SOCKET,
  type MirrorChanged,
  type MirrorCommand,
  type MirrorCommandAck,
  type MirrorEscalationPrompt,
  type MirrorJoinAck,
  type MirrorLiveState,
  type MirrorView,
} from '@kring/domain';
import type { Socket } from 'socket.io-client';
import type { MirrorOutbox } from './mirror-outbox';

export type Connection = 'connecting' | 'online' | 'offline' | 'refused';

/** A command the server refused, with the text that went with it, so nothing typed is lost. */
export interface MirrorNotice {
  readonly id: number;
  readonly message: string;
  readonly text: string | null;
}

export interface MirrorLiveView {
  readonly connection: Connection;
  /** Why the room refused this screen (no access), in the viewer's language. */
  readonly refusal: string | null;
  readonly state: MirrorLiveState | null;
  readonly unsent: number;
  readonly notices: readonly MirrorNotice[];
  readonly escalation: MirrorEscalationPrompt | null;
}

export type SendResult = { status: 'stored'; createdId: string | null } | { status: 'queued' } | { status: 'refused'; message: string };

/** How long a screen waits for an ack before it keeps the command for later. */
const ACK_TIMEOUT_MS = 10_000;

function textOf(command: MirrorCommand): string | null {
  return 'body' in command ? command.body : null;
}

/**
 * The live conversation for one screen, without React: the socket, the
 * outbox and the snapshot. Commands go out in order, each kept until acked;
 * after every stored change the room says so and the screen fetches its own
 * snapshot again (joining is idempotent).
 */
export class MirrorLiveClient {
  private view: MirrorLiveView = { connection: 'connecting', refusal: null, state: null, unsent: 0, notices: [], escalation: null };
  private readonly listeners = new Set<() => void>();
  private readonly waiting = new Map<string, (result: SendResult) => void>();
  private flushing: Promise<void> | null = null;
  private joining: Promise<void> | null = null;
  private joinAgain = false;
  private noticeId = 0;

  constructor(
    private readonly conversationId: string,
    private readonly mode: MirrorView,
    private readonly socket: Socket,
    private readonly outbox: MirrorOutbox,
  ) {
    this.view = { ...this.view, unsent: outbox.items().length };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): MirrorLiveView => this.view;

  start(): void {
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', this.onConnectError);
    this.socket.on(MIRROR_SOCKET_EVENTS.changed, this.onChanged);
    this.socket.connect();
  }

  stop(): void {
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('connect_error', this.onConnectError);
    this.socket.off(MIRROR_SOCKET_EVENTS.changed, this.onChanged);
    this.socket.disconnect();
  }

  /** Stores the command in the outbox first; sends it at once when connected. */
  send(command: MirrorCommand, acknowledgeWarnings = false): Promise<SendResult> {
    const item = this.outbox.add(command, acknowledgeWarnings);
    this.update({ unsent: this.outbox.items().length });
    if (this.view.connection !== 'online') return Promise.resolve({ status: 'queued' });
    const result = new Promise<SendResult>((resolve) => this.waiting.set(item.clientKey, resolve));
    void this.flush();
    return result;
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.view.notices.filter((n) => n.id !== id) });
  }

  dismissEscalation(): void {
    this.update({ escalation: null });
  }

  private onConnect = () => {
    this.update({ connection: 'connecting' });
    void this.join();
  };

  private onConnectError = () => {
    if (this.view.connection !== 'refused') this.update({ connection: 'offline' });
  };

  private onDisconnect = (reason: string) => {
    this.onConnectError();
    if (reason === SERVER_CLOSED_SOCKET) setTimeout(() => this.socket.connect(), RECONNECT_AFTER_SERVER_CLOSE_MS);
  };

  private onChanged = (change: MirrorChanged) => {
    if (change.conversationId === this.conversationId && change.version > (this.view.state?.version ?? -1)) void this.join();
  };

  /** Fetches this screen's snapshot; changes announced meanwhile fetch it once more afterwards. */
  private async join(): Promise<void> {
    if (this.joining) {
      this.joinAgain = true;
      return this.joining;
    }
    this.joining = (async () => {
      do {
        this.joinAgain = false;
        try {
          const ack: MirrorJoinAck = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(MIRROR_SOCKET_EVENTS.join, { conversationId: this.conversationId, view: this.mode });
          if (!ack.ok) {
            this.update({ connection: 'refused', refusal: ack.error.message });
            return;
          }
          this.update({ connection: 'online', refusal: null, state: ack.state });
        } catch {
          // No answer in time: the next reconnect or change joins again.
          return;
        }
      } while (this.joinAgain);
      void this.flush();
    })().finally(() => (this.joining = null));
    return this.joining;
  }

  private flush(): Promise<void> {
    this.flushing ??= (async () => {
      let delivered: boolean;
      try {
        delivered = await this.sendAll();
      } finally {
        this.flushing = null;
      }
      // A command added while the last one was on its way goes out too.
      if (delivered && this.view.connection === 'online' && this.outbox.items().length > 0) return this.flush();
      // Whatever could not be sent now waits in the outbox for the next connection.
      for (const resolve of this.waiting.values()) resolve({ status: 'queued' });
      this.waiting.clear();
    })();
    return this.flushing;
  }

  /** Sends the outbox in order; false when an ack did not come in time. */
  private async sendAll(): Promise<boolean> {
    for (let item = this.outbox.items()[0]; item && this.view.connection === 'online'; item = this.outbox.items()[0]) {
      let ack: MirrorCommandAck;
      try {
        ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(MIRROR_SOCKET_EVENTS.command, {
          conversationId: this.conversationId,
          clientKey: item.clientKey,
          command: item.command,
          ...(item.acknowledgeWarnings ? { acknowledgeWarnings: true } : {}),
        });
      } catch {
        return false;
      }
      // The server failed rather than refused: the command stays in the outbox, sent again on the next connection.
      if (!ack.ok && !isRefusal(ack)) return false;
      this.outbox.remove(item.clientKey);
      const resolve = this.waiting.get(item.clientKey);
      this.waiting.delete(item.clientKey);
      if (ack.ok) {
        this.update({ unsent: this.outbox.items().length, ...(ack.escalation ? { escalation: ack.escalation } : {}) });
        resolve?.({ status: 'stored', createdId: ack.createdId });
      } else {
        const notice = { id: ++this.noticeId, message: ack.error.message, text: textOf(item.command) };
        // The screen that is waiting shows the refusal itself; a refusal found later becomes a notice.
        this.update({ unsent: this.outbox.items().length, notices: resolve ? this.view.notices : [...this.view.notices, notice] });
        resolve?.({ status: 'refused', message: ack.error.message });
      }
    }
    return true;
  }

  private update(patch: Partial<MirrorLiveView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
