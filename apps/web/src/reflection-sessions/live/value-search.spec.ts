import { CORE_VALUES, childrenOfValue } from '@kring/domain';
import { valueGroups } from './value-search';

const dutch = (text: { nl: string }) => text.nl;

describe('searching the value picker', () => {
  it('offers every taggable item under its core value when nothing is typed', () => {
    const groups = valueGroups('', dutch);
    expect(groups.map((g) => g.value.id)).toEqual(CORE_VALUES.map((v) => v.id));
    const count = CORE_VALUES.reduce((n, v) => n + 1 + childrenOfValue(v.id).length, 0);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(count);
  });

  it('narrows to matching names, without minding case or accents', () => {
    const groups = valueGroups('CONTINUITEIT', dutch);
    expect(groups.map((g) => [g.value.name.nl, g.items.map((i) => i.name.nl)])).toEqual([['Samen-sturen', ['Zorgen om continuïteit']]]);
  });

  it('brings a whole core value along when its own name matches', () => {
    const [group] = valueGroups('thuis voelen', dutch);
    expect(group.value.id).toBe('feeling_at_home');
    expect(group.items).toHaveLength(1 + childrenOfValue('feeling_at_home').length);
  });

  it('finds nothing for what no value is called', () => {
    expect(valueGroups('zzz', dutch)).toEqual([]);
  });
});
