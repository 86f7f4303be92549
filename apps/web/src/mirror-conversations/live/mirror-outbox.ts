import type { MirrorCommand } from '@kring/domain';
import { readJson, writeJson, type KeyValueStorage } from '../../ui/device-storage';

/** A command waiting for the server's ack, with the idempotency key it keeps when re-sent. */
export interface MirrorOutboxItem {
  readonly clientKey: string;
  readonly command: MirrorCommand;
  /** The author confirmed the content guard's findings before sending. */
  readonly acknowledgeWarnings?: boolean;
}

/** One outbox per person and conversation: someone else logging in on this device never sends it. */
export function mirrorOutboxKey(conversationId: string, personId: string): string {
  return `kring.mirror.${conversationId}.${personId}.outbox`;
}

/**
 * Nothing typed is lost: every command waits here, in the device's storage,
 * until the server has acknowledged it, so a reload or a dropped connection
 * in the living room keeps it. Without storage (private browsing), the tab
 * keeps it for as long as it is open.
 */
export class MirrorOutbox {
  private memory: MirrorOutboxItem[] = [];

  constructor(
    private storage: KeyValueStorage | undefined,
    private readonly key: string,
    private readonly newKey: () => string,
  ) {}

  items(): MirrorOutboxItem[] {
    if (!this.storage) return this.memory;
    const stored = readJson(this.storage, this.key);
    return Array.isArray(stored) ? stored.filter((item): item is MirrorOutboxItem => typeof item?.clientKey === 'string' && typeof item?.command?.type === 'string') : [];
  }

  add(command: MirrorCommand, acknowledgeWarnings = false): MirrorOutboxItem {
    const item = { clientKey: this.newKey(), command, ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}) };
    this.write([...this.items(), item]);
    return item;
  }

  remove(clientKey: string): void {
    this.write(this.items().filter((item) => item.clientKey !== clientKey));
  }

  private write(items: MirrorOutboxItem[]): void {
    if (this.storage && writeJson(this.storage, this.key, items.length ? items : undefined)) return;
    this.storage = undefined;
    this.memory = items;
  }
}
