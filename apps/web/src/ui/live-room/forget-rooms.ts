import { deviceStorage } from '../device-storage';

/** The keys of what the live rooms keep on the device: outboxStorageKey and draftsStoragePrefix ('live' and 'mirror'). */
const ROOM_KEY = /^kring\.(live|mirror)\./;

type ListedStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/**
 * Logging out takes what a person typed in the live rooms off this device: the drafts and what waited in the outbox.
 * On a shared computer the next person would otherwise find those words (a draft shows again in its room's box, a text
 * left unsent under "Niet verstuurd"). Other keys (the language, the reading mode) stay.
 */
export function forgetLiveRoomsOnThisDevice(storage: ListedStorage | undefined = deviceStorage() as Storage | undefined): void {
  if (!storage) return;
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => !!key);
    for (const key of keys) if (ROOM_KEY.test(key)) storage.removeItem(key);
  } catch {
    // Storage switched off or refused: nothing was kept there.
  }
}
