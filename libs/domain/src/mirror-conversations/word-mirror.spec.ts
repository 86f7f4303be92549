import { MIN_GROUP_SIZE } from '../privacy/suppression';
import { phraseCounts, phrasesOf, themeMirror, wordKey } from './word-mirror';

describe('the belangrijk/ervaren mirror, by phrase', () => {
  it.each([
    ['gezichten', 'gezicht'],
    ['gezicht', 'gezicht'],
    ['vertrouwde', 'vertrouwd'],
    ['vertrouwd', 'vertrouwd'],
    ['medewerkers', 'medewerker'],
    ['gesprekken', 'gesprek'],
    ['eigen', 'eigen'],
    ['Één', 'een'],
    ['rust', 'rust'],
  ])('normalises %s to the key %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });

  it.each([
    ['Eigen ritme, vertrouwde gezichten.', ['eigen ritme', 'vertrouwde gezichten']],
    // A phrase stays whole: stop words inside it are kept, those around it go (issue #14: not "rust huis").
    ['Rust en aandacht voor zijn eigen ritme', ['rust', 'aandacht voor zijn eigen ritme']],
    ['Een vast ritme, rust in huis.', ['vast ritme', 'rust in huis']],
    ['De vertrouwde gezichten; de vertrouwde gezichten', ['vertrouwde gezichten']],
    ['ja, nee en het', []],
    ['Rust of ruimte / muziek', ['rust', 'ruimte', 'muziek']],
  ])('splits %j into phrases %j', (answer, phrases) => {
    expect(phrasesOf(answer).map((p) => p.text)).toEqual(phrases);
  });

  it('keeps a phrase together and puts the widest gap between the two sides first', () => {
    const answers = [
      { important: 'eigen ritme, vertrouwde gezichten', experienced: 'vertrouwd gezicht' },
      { important: 'eigen ritme', experienced: 'drukte' },
      { important: 'Eigen ritme. Vertrouwde gezichten', experienced: 'vertrouwde gezichten' },
      { important: 'eigen ritme', experienced: 'drukte, vertrouwde gezichten' },
      { important: '', experienced: 'eigen ritme' },
    ];
    // The real counts (4–0, 0–2, 2–3) are under five: not shown, and the order does not tell them either (alphabetical).
    expect(phraseCounts(answers)).toEqual([
      { phrase: 'drukte', important: null, experienced: null },
      { phrase: 'eigen ritme', important: null, experienced: null },
      { phrase: 'vertrouwde gezichten', important: null, experienced: null },
    ]);
    const more = [...answers, { important: 'eigen ritme', experienced: '' }, { important: 'eigen ritme', experienced: '' }];
    expect(phraseCounts(more)[0]).toEqual({ phrase: 'eigen ritme', important: 6, experienced: null });
  });

  it('orders on the counts as shown, so a row’s place gives back no hidden count', () => {
    const people = (n: number, important: string, experienced: string) => Array.from({ length: n }, () => ({ important, experienced }));
    // "eigen ritme" 7 belangrijk / 5 ervaren; "rust in huis" 6 / 4. Ordered on the real gaps (2 and 2) and sums (12 and 10),
    // "eigen ritme" came first, which told that the hidden ervaren of "rust in huis" was 4 (a gap of 2 at most).
    const answers = [
      ...people(5, 'eigen ritme, rust in huis', 'eigen ritme, rust in huis'),
      ...people(1, 'eigen ritme, rust in huis', ''),
      ...people(1, 'eigen ritme', ''),
    ].map((a, i) => (i === 4 ? { ...a, experienced: 'eigen ritme' } : a));
    expect(phraseCounts(answers)).toEqual([
      { phrase: 'rust in huis', important: 6, experienced: null },
      { phrase: 'eigen ritme', important: 7, experienced: 5 },
    ]);
  });

  it('counts "rust in huis" and "rust huis" as one phrase and shows it as most people wrote it', () => {
    expect(
      phraseCounts([
        { important: 'rust in huis', experienced: '' },
        { important: 'Rust in huis, een vast ritme', experienced: '' },
        { important: 'rust huis', experienced: '' },
      ]),
    ).toEqual([{ phrase: 'rust in huis', important: null, experienced: null }]);
  });

  it('counts people, not repetitions, and leaves out phrases only one person used', () => {
    expect(
      phraseCounts([
        { important: 'rust, rust, rust', experienced: '' },
        { important: 'rust', experienced: '' },
        { important: 'muziek', experienced: '' },
      ]),
    ).toEqual([{ phrase: 'rust', important: null, experienced: null }]);
  });

  it.each([
    [0, false],
    [1, false],
    [MIN_GROUP_SIZE - 1, false],
    [MIN_GROUP_SIZE, true],
    [12, true],
  ])('with %i people answering, the theme is shown: %s', (people, shown) => {
    const answers = Array.from({ length: people }, () => ({ important: 'rust', experienced: 'drukte' }));
    const mirror = themeMirror('being_at_home', [...answers, { important: '', experienced: '  ' }]);
    expect(mirror.respondents).toBe(people);
    expect(mirror.shown).toBe(shown);
    expect(mirror.phrases.length > 0).toBe(shown);
  });
});
