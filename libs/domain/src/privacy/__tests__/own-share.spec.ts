import { ownOrganisationsLeftOut } from '../own-share';

describe('ownOrganisationsLeftOut', () => {
  it.each([
    [[], null],
    [['De Hoeve'], 'Zonder De Hoeve, waar je zelf bij hoort'],
    [['De Hoeve', 'De Lindehof'], 'Zonder De Hoeve en De Lindehof, waar je zelf bij hoort'],
    [['A', 'B', 'C'], 'Zonder A, B en C, waar je zelf bij hoort'],
  ])('names %j as the organisations left out', (names, start) => {
    const text = ownOrganisationsLeftOut(names);
    if (start === null) expect(text).toBeNull();
    else {
      expect(text?.nl.startsWith(start)).toBe(true);
      expect(text?.nl).toContain('onder de 5');
      expect(text?.en).toContain(names.length > 1 ? ' and ' : names[0]);
    }
  });
});
