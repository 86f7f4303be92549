import { asNoteDraft, forgetNoteDrafts, keepNoteDraft, keptNoteDraft, noteDraftKey } from './note-draft-store';
import { emptyDraft, noteDraftHasContent, type NoteDraft } from './note-fields';
import type { Forgetting } from './note-store';

/** The device's storage as the browser lists it. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

const typed: NoteDraft = {
  body: 'Gerda schenkt zelf de koffie in',
  findingType: 'touched_us',
  valueIds: [],
  mirrorThemeId: '',
  momentOfDay: 'morning',
  aboutFocus: false,
};

describe('the beeld being typed, kept on the device until it is saved', () => {
  it('comes back after a reload for the same visit and person only', () => {
    const storage = memoryStorage();
    keepNoteDraft('v1', 'p1', typed, storage);
    expect(keptNoteDraft('v1', 'p1', storage)).toEqual(typed);
    expect(keptNoteDraft('v1', 'p2', storage)).toBeNull();
    expect(keptNoteDraft('v2', 'p1', storage)).toBeNull();
  });

  it('goes once it holds nothing: saved (the form empties) or emptied by its author', () => {
    const storage = memoryStorage();
    keepNoteDraft('v1', 'p1', typed, storage);
    keepNoteDraft('v1', 'p1', emptyDraft(), storage);
    expect(storage.keys()).toEqual([]);
  });

  it.each<[string, Partial<NoteDraft>, boolean]>([
    ['nothing but the moment of the day', {}, false],
    ['only spaces', { body: '   ' }, false],
    ['a few words', { body: 'Rustig' }, true],
    ['only the kind of finding', { findingType: 'mirror_question' }, true],
    ['only a value', { valueIds: ['being_together'] }, true],
    ['only a mirror theme', { mirrorThemeId: 'daily_life' }, true],
    ['only "about the focus question"', { aboutFocus: true }, true],
  ])('%s: kept %s', (_, change, kept) => {
    expect(noteDraftHasContent({ ...emptyDraft(), ...change })).toBe(kept);
  });

  it.each<[string, unknown, boolean]>([
    ['a draft as the form keeps it', typed, true],
    ['not JSON at all', null, false],
    ['a text instead of a draft', 'Gerda', false],
    ['an unknown kind of finding', { ...typed, findingType: 'praise' }, false],
    ['an unknown moment', { ...typed, momentOfDay: 'dawn' }, false],
    ['values that are not texts', { ...typed, valueIds: [1] }, false],
    ['a field missing', { ...typed, aboutFocus: undefined }, false],
  ])('reads back %s: %s', (_, value, readable) => {
    expect(asNoteDraft(value) !== null).toBe(readable);
  });

  it('shows nothing for a damaged value rather than failing', () => {
    const storage = memoryStorage({ [noteDraftKey('v1', 'p1')]: '{not json' });
    expect(keptNoteDraft('v1', 'p1', storage)).toBeNull();
  });

  it.each<[string, Forgetting, string[]]>([
    ['logging out: every visit’s', 'logged_out', ['kring.language']],
    ['the session ended elsewhere: all stay, as unsent beelden do', 'session_ended', ['v1.p1', 'v2.p1', 'kring.language']],
    ['the notebook is no longer theirs: that visit’s', { notYours: 'v1' }, ['v2.p1', 'kring.language']],
  ])('lets go with the notebook, %s', (_, why, left) => {
    const storage = memoryStorage();
    keepNoteDraft('v1', 'p1', typed, storage);
    keepNoteDraft('v2', 'p1', typed, storage);
    storage.setItem('kring.language', 'nl');
    forgetNoteDrafts(why, storage);
    const short = (key: string) => key.replace(/^kring\.notebook\.(\w+)\.(\w+)\.draft$/, '$1.$2');
    expect(storage.keys().map(short)).toEqual(left);
  });
});
