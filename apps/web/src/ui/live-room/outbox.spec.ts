import type { LiveCommand } from '@kring/domain';
import { newClientKey } from '../client-key';
import { Outbox, outboxMessage, outboxStorageKey } from './outbox';
import { type KeyValueStorage } from '../device-storage';

/** localStorage as a plain map; `full` makes every write fail like a full or disabled storage. */
class MemoryStorage implements KeyValueStorage {
  readonly values = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.set(key, value);
  }
  removeItem(key: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.delete(key);
  }
}

const SESSION = '11111111-1111-4111-8111-111111111111';
const ANNA = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const KEY = outboxStorageKey('live', SESSION, ANNA);

const contribute = (body: string): LiveCommand => ({ type: 'contribute', phaseId: 'what_would_you_do', body });
const ready: LiveCommand = { type: 'markReady', phaseId: 'what_would_you_do', ready: true };

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('the outbox of the live room', () => {
  it('keeps commands in the order they were made, each with its own key and time', () => {
    const outbox = new Outbox(new MemoryStorage(), KEY, keys(), () => new Date('2026-03-02T19:05:00.000Z'));
    outbox.add(contribute('Ik zou eerst naast hem gaan zitten.'));
    outbox.add(ready);
    expect(outbox.items()).toEqual([
      { clientKey: 'key-1', command: contribute('Ik zou eerst naast hem gaan zitten.'), queuedAt: '2026-03-02T19:05:00.000Z' },
      { clientKey: 'key-2', command: ready, queuedAt: '2026-03-02T19:05:00.000Z' },
    ]);
    expect(outbox.next()?.clientKey).toBe('key-1');
    expect(outbox.size).toBe(2);
  });

  it('removes a command only when its ack names it, and sends the same key again until then', () => {
    const outbox = new Outbox(new MemoryStorage(), KEY, keys());
    outbox.add(contribute('een'));
    outbox.add(contribute('twee'));
    const first = outbox.next()!;
    expect(outboxMessage({ sessionId: SESSION }, first)).toEqual({ sessionId: SESSION, clientKey: 'key-1', command: contribute('een') });

    // No ack yet (the connection dropped): the next attempt sends exactly the same message.
    expect(outboxMessage({ sessionId: SESSION }, outbox.next()!)).toEqual(outboxMessage({ sessionId: SESSION }, first));

    expect(outbox.remove('key-1')?.command).toEqual(contribute('een'));
    expect(outbox.remove('key-1')).toBeUndefined();
    expect(outbox.items().map((i) => i.clientKey)).toEqual(['key-2']);
    outbox.remove('key-2');
    expect(outbox.next()).toBeUndefined();
  });

  it('survives a reload: a new outbox on the same storage continues where the old one stopped', () => {
    const storage = new MemoryStorage();
    const before = new Outbox(storage, KEY, keys());
    before.add(contribute('getypt vlak voor de tunnel'));

    const afterReload = new Outbox(storage, KEY, () => 'key-after-reload');
    expect(afterReload.items()).toEqual(before.items());
    afterReload.remove('key-1');
    expect(storage.values.has(KEY)).toBe(false);
  });

  it('keeps the confirmation with the command, the ids of what only the server found included, and sends it after a reload', () => {
    const storage = new MemoryStorage();
    const named = contribute('Gerrit Wolters at bijna niets.');
    const confirmed = { acknowledgeWarnings: true, acknowledgedFindings: ['name|gerrit wolters'] };
    new Outbox(storage, KEY, keys()).add(named, confirmed);
    // Nothing confirmed, nothing sent along: an empty list is no confirmation.
    new Outbox(storage, KEY, () => 'key-plain').add(ready, { acknowledgedFindings: [] });

    const [afterReload, plain] = new Outbox(storage, KEY, keys()).items();
    expect(outboxMessage({ sessionId: SESSION }, afterReload)).toEqual({
      sessionId: SESSION,
      clientKey: 'key-1',
      command: named,
      ...confirmed,
    });
    expect(outboxMessage({ sessionId: SESSION }, plain)).toEqual({ sessionId: SESSION, clientKey: 'key-plain', command: ready });
  });

  it('is shared by two tabs of the same person, so neither overwrites what the other queued', () => {
    const storage = new MemoryStorage();
    const tabA = new Outbox(storage, KEY, () => 'from-a');
    const tabB = new Outbox(storage, KEY, () => 'from-b');
    tabA.add(contribute('a'));
    tabB.add(contribute('b'));
    expect(tabA.items().map((i) => i.clientKey)).toEqual(['from-a', 'from-b']);
    tabB.remove('from-a');
    expect(tabA.items().map((i) => i.clientKey)).toEqual(['from-b']);
  });

  it('belongs to one person and one session', () => {
    const storage = new MemoryStorage();
    new Outbox(storage, KEY, keys()).add(contribute('van Anna'));
    const bram = new Outbox(storage, outboxStorageKey('live', SESSION, 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'), keys());
    const otherSession = new Outbox(storage, outboxStorageKey('live', '22222222-2222-4222-8222-222222222222', ANNA), keys());
    expect(bram.items()).toEqual([]);
    expect(otherSession.items()).toEqual([]);
  });

  it('is not the big screen’s: a screen tab never sends (and is refused) what was typed in the room’s own tab', () => {
    const storage = new MemoryStorage();
    new Outbox(storage, KEY, keys()).add(contribute('getypt in de eigen tab'));
    expect(new Outbox(storage, outboxStorageKey('live', SESSION, ANNA, 'screen'), keys()).items()).toEqual([]);
    expect(new Outbox(storage, outboxStorageKey('live', SESSION, ANNA, 'own'), keys()).items()).toHaveLength(1);
  });

  it('keeps everything in the tab when the device refuses storage, and says it is not kept on reload', () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage, KEY, keys());
    outbox.add(contribute('een'));
    expect(outbox.persistent).toBe(true);

    storage.full = true;
    outbox.add(contribute('twee'));
    expect(outbox.persistent).toBe(false);
    expect(outbox.items().map((i) => i.command)).toEqual([contribute('een'), contribute('twee')]);
    outbox.remove('key-1');
    expect(outbox.items().map((i) => i.clientKey)).toEqual(['key-2']);

    const withoutStorage = new Outbox(undefined, KEY, keys());
    withoutStorage.add(ready);
    expect(withoutStorage.persistent).toBe(false);
    expect(withoutStorage.size).toBe(1);
  });

  it('ignores stored values that are not outbox items', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      KEY,
      JSON.stringify([{ clientKey: 'ok', command: ready, queuedAt: '2026-03-02T19:05:00.000Z' }, { clientKey: 3 }, null, 'x']),
    );
    expect(new Outbox(storage, KEY, keys()).items().map((i) => i.clientKey)).toEqual(['ok']);
    storage.setItem(KEY, '{not json');
    expect(new Outbox(storage, KEY, keys()).items()).toEqual([]);
  });
});

describe('the outbox after an update', () => {
  it('keeps what the mirror room queued before it shared this outbox (no time then), so an update loses nothing', () => {
    const storage = new MemoryStorage();
    const key = outboxStorageKey('mirror', SESSION, ANNA);
    const note = { type: 'note', kind: 'note', body: 'Bewaard', questionId: null };
    storage.setItem(key, JSON.stringify([{ clientKey: 'old', command: note }]));
    const outbox = new Outbox(storage, key, keys(), () => new Date('2026-12-03T07:00:00.000Z'));
    expect(outbox.items()).toEqual([{ clientKey: 'old', command: note, queuedAt: '2026-12-03T07:00:00.000Z' }]);
  });
});

describe('newClientKey', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('gives a fresh random UUID each time', () => {
    const a = newClientKey();
    expect(a).toMatch(UUID_V4);
    expect(newClientKey()).not.toBe(a);
  });

  it('still gives a v4 UUID where randomUUID is missing (a page served over plain http)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, newClientKey));
      expect(keys.size).toBe(50);
      for (const key of keys) expect(key).toMatch(UUID_V4);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
