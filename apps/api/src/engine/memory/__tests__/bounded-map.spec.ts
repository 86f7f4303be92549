import { BoundedMap } from '../bounded-map';

describe('BoundedMap', () => {
  it.each([
    { name: 'keeps every entry up to the limit', limit: 3, sets: ['a', 'b', 'c'], kept: ['a', 'b', 'c'] },
    { name: 'forgets the entry set longest ago beyond the limit', limit: 3, sets: ['a', 'b', 'c', 'd'], kept: ['b', 'c', 'd'] },
    { name: 'keeps a key set again as the newest', limit: 3, sets: ['a', 'b', 'c', 'a', 'd'], kept: ['c', 'a', 'd'] },
    { name: 'does not grow when a key is set again at the limit', limit: 2, sets: ['a', 'b', 'b', 'b'], kept: ['a', 'b'] },
    { name: 'holds one entry with a limit of one', limit: 1, sets: ['a', 'b', 'c'], kept: ['c'] },
  ])('$name', ({ limit, sets, kept }) => {
    const map = new BoundedMap<string, number>(limit);
    sets.forEach((key, i) => map.set(key, i));
    expect([...map.keys()]).toEqual(kept);
    // Each key holds the value it was set to last.
    for (const key of kept) expect(map.get(key)).toBe(sets.lastIndexOf(key));
  });
});
