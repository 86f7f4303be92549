import { enoughSources, fromEnoughSources, MIN_GROUP_SIZE, sharedDescriptor, shownCount, tooFewOrganisations } from './suppression';

describe('small-number suppression', () => {
  it('is five', () => expect(MIN_GROUP_SIZE).toBe(5));

  it.each([
    [0, null], // a zero next to "fewer than 5" would reveal the others are 1–4
    [1, null],
    [2, null],
    [4, null],
    [5, 5],
    [6, 6],
    [120, 120],
  ])('shows a count of %i as %p', (count, shown) => expect(shownCount(count)).toBe(shown));

  it.each([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [6, true],
  ])('an aggregate over %i sources may show its content: %p', (sources, allowed) => expect(enoughSources(sources)).toBe(allowed));

  it.each([
    [0, false], // nobody showed anything: nothing to point at, shown as empty
    [1, true],
    [4, true],
    [5, false],
    [6, false],
  ])('a network view of %i organisations that showed something is left empty: %p', (organisations, empty) =>
    expect(tooFewOrganisations(organisations)).toBe(empty),
  );

  const texts = (sources: number, perSource: number) =>
    Array.from({ length: sources * perSource }, (_, i) => ({ source: `report-${i % sources}`, text: `tekst ${i}` }));
  it.each([
    // [distinct sources, texts per source, shown]
    [1, 1, false],
    [1, 9, false], // nine texts from one report are still that report
    [4, 3, false],
    [5, 1, true],
    [6, 2, true],
  ])('a list from %i sources (%i texts each) is shown: %p', (sources, perSource, shown) => {
    const items = texts(sources, perSource);
    expect(fromEnoughSources(items, (item) => item.source)).toEqual(shown ? items : null);
  });

  it.each([
    // organisations in the network of this kind → the descriptor as shown
    [1, null], // the network's only gezinshuis
    [4, null],
    [5, 'family_home'],
    [6, 'family_home'],
  ])('the kind of organisation shared by %i organisations reads %p', (sharing, shown) =>
    expect(sharedDescriptor('family_home', sharing)).toBe(shown),
  );
});
