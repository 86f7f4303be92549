import { deviceStorage, type ListedStorage, removeKeys } from '../device-storage';

/** The keys of what the live rooms keep on the device: outboxStorageKey and draftsStoragePrefix ('live' and 'mirror'). */
const ROOM_KEY = /^kring\.(live|mirror)\./;

/**
 * Logging out takes what a person typed in the live rooms off this device: the drafts and what waited in the outbox.
 * On a shared computer the next person would otherwise find those words (a draft shows again in its room's box, a text
 * left unsent under "Niet verstuurd"). Other keys (the language, the reading mode) stay.
 */
export function forgetLiveRoomsOnThisDevice(storage: ListedStorage | undefined = deviceStorage() as Storage | undefined): void {
  removeKeys(storage, (key) => ROOM_KEY.test(key));
}
