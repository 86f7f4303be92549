import { detailOf, fillLabel, outlineWriter } from './outline-writer';

describe('fillLabel', () => {
  it.each([
    ['Jaaroverzicht {year}: {network}', { year: 2026, network: 'Alfa' }, 'Jaaroverzicht 2026: Alfa'],
    ['minder dan {min}', { min: 5 }, 'minder dan 5'],
    ['zonder {waarde}', {}, 'zonder '],
    ['geen plaatshouders', { year: 1 }, 'geen plaatshouders'],
  ])('%s with %p reads %p', (text, values, expected) => {
    expect(fillLabel(text, values)).toBe(expected);
  });
});

describe('detailOf', () => {
  const cases: [parts: (string | null | undefined | false)[], detail: string | undefined][] = [
    [['Team wonen', null, '3 stippen'], 'Team wonen · 3 stippen'],
    [[undefined, false, ''], undefined],
    [[], undefined],
  ];
  it.each(cases)('%p reads %p', (parts, expected) => {
    expect(detailOf(...parts)).toBe(expected);
  });
});

describe('outlineWriter', () => {
  const LABELS = {
    title: { nl: 'Verslag {year}', en: 'Report {year}' },
  };

  it('writes blocks in the reader’s language, fills placeholders, and leaves empty meta out', () => {
    const o = outlineWriter(LABELS, 'en');
    o.title(o.label('title', { year: 2026 }));
    o.meta('Team', null);
    o.meta('Place', '');
    o.meta('Method', 'Incident method');
    o.quote('Mijn moeder mag hier zichzelf zijn.');
    o.item('Koken', undefined);
    o.counts([
      { label: 'Incident method', count: 7 },
      { label: 'Dilemma method', count: null },
      { label: 'Mirror method', count: null, countHidden: 'complement' },
    ]);
    expect(o.blocks).toEqual([
      { kind: 'title', text: 'Report 2026' },
      { kind: 'meta', label: 'Method', value: 'Incident method' },
      { kind: 'prompt', text: '“Mijn moeder mag hier zichzelf zijn.”' },
      { kind: 'item', text: 'Koken' },
      { kind: 'item', text: 'Incident method', detail: '7' },
      { kind: 'item', text: 'Dilemma method', detail: 'fewer than 5' },
      // Hidden so that a total does not give another count away: the rule's other words.
      { kind: 'item', text: 'Mirror method', detail: 'hidden' },
    ]);
  });
});
