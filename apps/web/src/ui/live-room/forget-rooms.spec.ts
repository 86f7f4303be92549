import { forgetLiveRoomsOnThisDevice } from './forget-rooms';
import { draftsStoragePrefix } from './drafts';
import { outboxStorageKey } from './outbox';

/** A storage as the browser lists it. */
function storageWith(keys: string[]) {
  const items = new Map(keys.map((key) => [key, 'x']));
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    removeItem: (key: string) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

describe('logging out forgets what the live rooms kept on this device', () => {
  it.each([
    ['a session’s outbox', outboxStorageKey('live', 's1', 'p1'), false],
    ['a big screen’s outbox', outboxStorageKey('mirror', 'c1', 'p1', 'screen'), false],
    ['a contribution’s draft', `${draftsStoragePrefix('live', 's1', 'p1')}contribution`, false],
    ['its anonymous choice', `${draftsStoragePrefix('live', 's1', 'p1')}contribution.anonymous`, false],
    ['a listener’s note', `${draftsStoragePrefix('mirror', 'c1', 'p1')}note`, false],
    ['the chosen language', 'kring.language', true],
    ['another site’s key', 'something.else', true],
  ])('%s: kept %s', (_, key, kept) => {
    const storage = storageWith([key, 'kring.language']);
    forgetLiveRoomsOnThisDevice(storage);
    expect(storage.keys().includes(key)).toBe(kept);
    expect(storage.keys()).toContain('kring.language');
  });

  it('does nothing without storage', () => {
    expect(() => forgetLiveRoomsOnThisDevice(undefined)).not.toThrow();
  });
});
