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
