import { type KeyValueStorage, readJson, writeJson } from '../device-storage';

/**
 * What someone is typing in a live room, kept on the device so a reload or a
 * flat battery does not take it away. One draft per kind of text (a session's
 * contribution, question or option; a listener's note or question): it stays
 * in its box when the moderator moves on, and when the room ends before it
 * was sent, the room shows it as not sent (ui/live-room/LeftUnsent).
 */
export function draftsStoragePrefix(kind: 'live' | 'mirror', roomId: string, personId: string): string {
  return `kring.${kind}.${roomId}.${personId}.draft.`;
}

export class Drafts<S extends string = string> {
  private readonly memory = new Map<S, string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly prefix: string,
  ) {}

  get(slot: S): string {
    if (this.memory.has(slot)) return this.memory.get(slot)!;
    const stored = this.storage && readJson(this.storage, this.prefix + slot);
    return typeof stored === 'string' ? stored : '';
  }

  set(slot: S, text: string): void {
    // Kept in the tab as well, so typing never waits on (or fails with) storage.
    this.memory.set(slot, text);
    if (this.storage) writeJson(this.storage, this.prefix + slot, text === '' ? undefined : text);
    this.listeners.forEach((listener) => listener());
  }

  /** Puts a refused text back without overwriting what is being typed now. */
  restore(slot: S, text: string): void {
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
