import type { LiveCommand, LiveCommandMessage } from '@kring/domain';
import { type KeyValueStorage, readJson, writeJson } from '../../ui/device-storage';

/**
 * The outbox of the live room (nothing typed is lost): every command a screen
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
export interface OutboxItem {
  readonly clientKey: string;
  readonly command: LiveCommand;
  /** When it was made, on this device's clock; shown next to what is still unsent. */
  readonly queuedAt: string;
  /** The author confirmed the content guard's findings ("Ik heb dit gecontroleerd") before sending. */
  readonly acknowledgeWarnings?: boolean;
}

/** One outbox per person and session: someone else logging in on this device never sends it. */
export function outboxStorageKey(sessionId: string, personId: string): string {
  return `kring.live.${sessionId}.${personId}.outbox`;
}

export class Outbox {
  /** False once the device refused storage (private browsing, full): this tab then keeps the items itself. */
  private stored: boolean;
  private memory: OutboxItem[] = [];

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly key: string,
    private readonly newKey: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.stored = storage !== undefined;
  }

  /** Oldest first: the order in which they were made is the order in which they are sent. */
  items(): readonly OutboxItem[] {
    return this.stored && this.storage ? parseItems(readJson(this.storage, this.key)) : this.memory;
  }

  get size(): number {
    return this.items().length;
  }

  /** The next item to send, if any. */
  next(): OutboxItem | undefined {
    return this.items()[0];
  }

  add(command: LiveCommand, acknowledgeWarnings = false): OutboxItem {
    const item: OutboxItem = { clientKey: this.newKey(), command, queuedAt: this.now().toISOString(), ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}) };
    this.write([...this.items(), item]);
    return item;
  }

  /** After the server's ack (applied, replayed or refused): the item is done. */
  remove(clientKey: string): OutboxItem | undefined {
    const items = this.items();
    const found = items.find((item) => item.clientKey === clientKey);
    if (found) this.write(items.filter((item) => item !== found));
    return found;
  }

  /** Whether what is queued survives a reload on this device. */
  get persistent(): boolean {
    return this.stored;
  }

  private write(items: OutboxItem[]): void {
    if (this.stored && this.storage && writeJson(this.storage, this.key, items.length > 0 ? items : undefined)) return;
    this.stored = false;
    this.memory = items;
  }
}

/** The message for the server: the same item always travels with the same key. */
export function outboxMessage(sessionId: string, item: OutboxItem): LiveCommandMessage {
  return { sessionId, clientKey: item.clientKey, command: item.command, ...(item.acknowledgeWarnings ? { acknowledgeWarnings: true } : {}) };
}

/**
 * Keeps what looks like an outbox item and drops anything else (an older
 * format, or a hand-edited value): the server checks each command again anyway.
 */
function parseItems(value: unknown): OutboxItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is OutboxItem =>
      !!item &&
      typeof item === 'object' &&
      typeof item.clientKey === 'string' &&
      typeof item.queuedAt === 'string' &&
      !!item.command &&
      typeof item.command === 'object' &&
      typeof item.command.type === 'string',
  );
}
