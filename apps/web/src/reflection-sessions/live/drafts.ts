import { type KeyValueStorage, readJson, writeJson } from '../../ui/device-storage';

/**
 * What someone is typing in the live room, kept on the device so a reload or
 * a flat battery does not take it away. One draft per kind of text
 * (contribution, question, option): it stays in its box when the moderator
 * moves on, and the person decides whether to send it in the new phase.
 */
export type DraftSlot = 'contribution' | 'question' | 'option';

export function draftsStoragePrefix(sessionId: string, personId: string): string {
  return `kring.live.${sessionId}.${personId}.draft.`;
}

export class Drafts {
  private readonly memory = new Map<DraftSlot, string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly prefix: string,
  ) {}

  get(slot: DraftSlot): string {
    if (this.memory.has(slot)) return this.memory.get(slot)!;
    const stored = this.storage && readJson(this.storage, this.prefix + slot);
    return typeof stored === 'string' ? stored : '';
  }

  set(slot: DraftSlot, text: string): void {
    // Kept in the tab as well, so typing never waits on (or fails with) storage.
    this.memory.set(slot, text);
    if (this.storage) writeJson(this.storage, this.prefix + slot, text === '' ? undefined : text);
    this.listeners.forEach((listener) => listener());
  }

  /** Puts a refused text back without overwriting what is being typed now. */
  restore(slot: DraftSlot, text: string): void {
    const current = this.get(slot).trim();
    if (current === text.trim()) return;
    this.set(slot, current ? `${current}\n\n${text}` : text);
  }

  /** Bound, so it can be handed to useSyncExternalStore as is. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
