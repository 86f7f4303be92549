/**
 * The device's own storage (localStorage), used by the live room to keep the
 * outbox and what someone is typing across reloads. Storage may be switched
 * off or full; callers then fall back to keeping things in the tab.
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function deviceStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    // Some browsers throw on merely touching localStorage when it is disabled.
    return undefined;
  }
}

/** A storage as the browser lists it, for taking keys away by what they are. */
export type ListedStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** Takes every key that `matches` off the device (logging out, a notebook let go); storage switched off holds none. */
export function removeKeys(storage: ListedStorage | undefined, matches: (key: string) => boolean): void {
  if (!storage) return;
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => !!key);
    for (const key of keys) if (matches(key)) storage.removeItem(key);
  } catch {
    // Storage switched off or refused: nothing was kept there.
  }
}

/** The parsed value, or null when it is missing, unreadable or not JSON. */
export function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Stores a value (undefined removes it); false when the device refused. */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    if (value === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
