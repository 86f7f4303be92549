import { type KeyValueStorage, readJson, writeJson } from '../device-storage';

/** What every live room's commands have in common. */
export interface RoomCommand {
  readonly type: string;
}

/**
 * The outbox of every live room (nothing typed is lost): every command a screen
 * makes waits here, with its own idempotency key, until the server has
 * acknowledged it. It lives in the device's storage, so a reload, a crashed
 * tab or a phone that loses its connection in the hallway keeps it; after
 * reconnecting the screen sends it again with the same key, and the server
 * applies each key once.
 *
 * Every operation reads and writes the stored list, so two tabs of the same
 * person in the same session share one outbox instead of overwriting each
 * other's (sending an item twice is harmless: the key makes it a replay).
 */
export interface OutboxItem<C extends RoomCommand = RoomCommand> extends Acknowledged {
  readonly clientKey: string;
  readonly command: C;
  /** When it was made, on this device's clock; shown next to what is still unsent. */
  readonly queuedAt: string;
  /** The author chose "Toch bewaren" at an escalation prompt. */
  readonly keepFlaggedText?: boolean;
  /** The prompt that choice answers, so the server records it on exactly that prompt. */
  readonly escalationPromptId?: string;
}

/**
 * "Ik heb dit gecontroleerd" as a command carries it: for what the device's own check marked (acknowledgeWarnings),
 * and by id for what only the server found and a refusal showed (acknowledgedFindings, findingId). The ids are kept
 * with the queued command, so a reload or a lost connection sends the same confirmation.
 */
export interface Acknowledged {
  readonly acknowledgeWarnings?: boolean;
  readonly acknowledgedFindings?: readonly string[];
}

/** "Toch bewaren" at an escalation prompt: the command is sent again kept knowingly, answering that prompt. */
export interface KeepFlagged {
  readonly promptId: string;
}

/**
 * One outbox per room and person: someone else logging in on this device
 * never sends it. `kind` names the room ('live' for case sessions, 'mirror'),
 * as the keys were before the rooms shared this outbox, so nothing queued is
 * lost by an update. The room's big screen (a television or projector tab,
 * often on the same laptop) has its own: it shows no refused text, so it must
 * never be the tab that sends, and is refused, what was typed in the other.
 */
export function outboxStorageKey(kind: 'live' | 'mirror', roomId: string, personId: string, tab: 'own' | 'screen' = 'own'): string {
  return `kring.${kind}.${roomId}.${personId}.outbox${tab === 'screen' ? '.screen' : ''}`;
}

export class Outbox<C extends RoomCommand = RoomCommand> {
  /** False once the device refused storage (private browsing, full): this tab then keeps the items itself. */
  private stored: boolean;
  private memory: OutboxItem<C>[] = [];

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly key: string,
    private readonly newKey: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.stored = storage !== undefined;
  }

  /** Oldest first: the order in which they were made is the order in which they are sent. */
  items(): readonly OutboxItem<C>[] {
    return this.stored && this.storage ? parseItems<C>(readJson(this.storage, this.key), this.now) : this.memory;
  }

  get size(): number {
    return this.items().length;
  }

  /** The next item to send, if any. */
  next(): OutboxItem<C> | undefined {
    return this.items()[0];
  }

  add(command: C, { acknowledgeWarnings, acknowledgedFindings }: Acknowledged = {}, keep?: KeepFlagged): OutboxItem<C> {
    const item: OutboxItem<C> = {
      clientKey: this.newKey(),
      command,
      queuedAt: this.now().toISOString(),
      ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}),
      ...(acknowledgedFindings?.length ? { acknowledgedFindings: [...acknowledgedFindings] } : {}),
      ...(keep ? { keepFlaggedText: true, escalationPromptId: keep.promptId } : {}),
    };
    this.write([...this.items(), item]);
    return item;
  }

  /** After the server's ack (applied, replayed or refused): the item is done. */
  remove(clientKey: string): OutboxItem<C> | undefined {
    const items = this.items();
    const found = items.find((item) => item.clientKey === clientKey);
    if (found) this.write(items.filter((item) => item !== found));
    return found;
  }

  /** Whether what is queued survives a reload on this device. */
  get persistent(): boolean {
    return this.stored;
  }

  private write(items: OutboxItem<C>[]): void {
    if (this.stored && this.storage && writeJson(this.storage, this.key, items.length > 0 ? items : undefined)) return;
    this.stored = false;
    this.memory = items;
  }
}

/** The message for the server: the room's id (`{sessionId}` or `{conversationId}`), and the same item always with the same key. */
export function outboxMessage<R extends object, C extends RoomCommand>(
  room: R,
  item: OutboxItem<C>,
): R & {
  clientKey: string;
  command: C;
  acknowledgeWarnings?: true;
  acknowledgedFindings?: readonly string[];
  keepFlaggedText?: true;
  escalationPromptId?: string;
} {
  return {
    ...room,
    clientKey: item.clientKey,
    command: item.command,
    ...(item.acknowledgeWarnings ? { acknowledgeWarnings: true as const } : {}),
    ...(item.acknowledgedFindings?.length ? { acknowledgedFindings: item.acknowledgedFindings } : {}),
    ...(item.keepFlaggedText ? { keepFlaggedText: true as const } : {}),
    ...(item.keepFlaggedText && item.escalationPromptId ? { escalationPromptId: item.escalationPromptId } : {}),
  };
}

/**
 * Keeps what looks like an outbox item and drops anything else (a hand-edited
 * value): the server checks each command again anyway. An item stored before
 * the rooms shared this outbox may lack its time; it is kept, timed now.
 */
function parseItems<C extends RoomCommand>(value: unknown, now: () => Date): OutboxItem<C>[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (item): item is OutboxItem<C> =>
        !!item &&
        typeof item === 'object' &&
        typeof item.clientKey === 'string' &&
        (item.queuedAt === undefined || typeof item.queuedAt === 'string') &&
        !!item.command &&
        typeof item.command === 'object' &&
        typeof item.command.type === 'string',
    )
    .map((item) => (item.queuedAt === undefined ? { ...item, queuedAt: now().toISOString() } : item));
}
