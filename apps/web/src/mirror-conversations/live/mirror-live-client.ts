import {
  applyMirrorEvent,
  DEFAULT_LANGUAGE,
  MIRROR_SOCKET_EVENTS,
  mirrorNeedsSnapshot,
  type MirrorCommand,
  type MirrorCommandAck,
  type EscalationPromptInfo,
  type MirrorEvent,
  type MirrorLiveState,
  type MirrorView,
} from '@kring/domain';
import { outboxMessage, type Acknowledged, type KeepFlagged, type Outbox, type OutboxItem } from '../../ui/live-room/outbox';
import { RoomClient, type LiveSocket, type RoomClientOptions, type RoomView } from '../../ui/live-room/room-client';
import type { FieldFinding } from '../../graphql/client';

export type { ConnectionStatus as Connection } from '../../ui/live-room/room-client';

/** A command the server refused, with the text that went with it, so nothing typed is lost. */
export interface MirrorNotice {
  readonly id: number;
  readonly message: string;
  readonly text: string | null;
}

export interface MirrorLiveView extends RoomView<MirrorLiveState, MirrorCommand> {
  readonly notices: readonly MirrorNotice[];
}

/** A refusal with an escalation prompt carries the organisation's procedure; the screen asks "Tekst weghalen" or "Toch bewaren". */
export type SendResult =
  | { status: 'stored'; createdId: string | null }
  | { status: 'queued' }
  | {
      status: 'refused';
      message: string;
      code: string;
      escalation?: EscalationPromptInfo;
      /** What only the server found (a relative's name): the form marks it and sends again once confirmed. */
      findings?: readonly FieldFinding[];
    };

/**
 * What the author answered to the content guard before sending: "Ik heb dit gecontroleerd" (with the ids of what only
 * the server found, once a refusal showed it), "Toch bewaren".
 */
export interface SendFlags extends Acknowledged {
  /** "Toch bewaren", answering that escalation prompt. */
  readonly keep?: KeepFlagged;
}

function textOf(command: MirrorCommand): string | null {
  return 'body' in command ? command.body : null;
}

/**
 * The live conversation for one screen on the shared live-room client
 * (ui/live-room): each change arrives as a delta applied with the room's
 * reducer (applyMirrorEvent); only a change made outside the room asks for a
 * fresh snapshot. A form waits for the answer to what it sent (SendResult); a
 * refusal found later, when nobody waits, becomes a notice; an escalation
 * prompt comes with the refusal, for the form to ask.
 */
export class MirrorLiveClient extends RoomClient<MirrorLiveState, MirrorEvent, MirrorCommand, MirrorCommandAck, MirrorLiveView> {
  private readonly waiting = new Map<string, (result: SendResult) => void>();
  private noticeId = 0;

  constructor(
    conversationId: string,
    view: MirrorView,
    socket: LiveSocket,
    outbox: Outbox<MirrorCommand>,
    more: Partial<Omit<RoomClientOptions<MirrorCommand>, 'socket' | 'outbox'>> = {},
  ) {
    super(
      {
        roomId: conversationId,
        events: MIRROR_SOCKET_EVENTS,
        joinRequest: { conversationId, view },
        message: (item) => outboxMessage({ conversationId }, item),
        roomOf: (event) => event.conversationId,
        reduce: applyMirrorEvent,
        needsSnapshot: mirrorNeedsSnapshot,
      },
      { language: () => DEFAULT_LANGUAGE, ...more, socket, outbox },
      { notices: [] },
    );
  }

  /** Stores the command in the outbox first; sends it at once when connected. */
  send(command: MirrorCommand, flags: SendFlags = {}): Promise<SendResult> {
    const online = this.view.connection === 'online';
    const item = this.enqueue(command, flags, flags.keep);
    if (!online || !this.view.unsent.some((i) => i.clientKey === item.clientKey)) return Promise.resolve({ status: 'queued' });
    return new Promise<SendResult>((resolve) => this.waiting.set(item.clientKey, resolve));
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.view.notices.filter((n) => n.id !== id) });
  }

  protected settled(item: OutboxItem<MirrorCommand>, ack: MirrorCommandAck): void {
    const resolve = this.waiting.get(item.clientKey);
    this.waiting.delete(item.clientKey);
    if (ack.ok) {
      resolve?.({ status: 'stored', createdId: ack.createdId });
      return;
    }
    // The form that is waiting shows the refusal itself; a refusal found later becomes a notice.
    if (!resolve)
      this.update({ notices: [...this.view.notices, { id: ++this.noticeId, message: ack.error.message, text: textOf(item.command) }] });
    resolve?.({
      status: 'refused',
      message: ack.error.message,
      code: ack.error.code,
      ...(ack.error.escalation ? { escalation: ack.error.escalation } : {}),
      ...(ack.error.findings?.length ? { findings: ack.error.findings } : {}),
    });
  }

  /** Whatever could not be sent now waits in the outbox for the next connection. */
  protected override sendingPaused(): void {
    for (const resolve of this.waiting.values()) resolve({ status: 'queued' });
    this.waiting.clear();
  }
}
