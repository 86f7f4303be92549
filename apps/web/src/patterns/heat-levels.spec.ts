import { heatLevel } from './heat-levels';

describe('heat-map shades', () => {
  it('tell none, a few (suppressed), and more apart, and leave a suppressed quarter empty', () => {
    expect([0, null, 5, 12, 40].map((count) => heatLevel(count, false))).toEqual(['0', 'few', '1', '2', '3']);
    expect(heatLevel(40, true)).toBe('suppressed');
  });
});
