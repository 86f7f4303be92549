import { optionalNumber } from './optional-number';

describe('optionalNumber', () => {
  it('sends nothing only when nothing was typed, so the default applies', () => {
    expect(optionalNumber('')).toBeNull();
    expect(optionalNumber('  ')).toBeNull();
  });

  it('sends what was typed, also 0 and numbers the rule refuses, so the server says why beside the box', () => {
    expect(optionalNumber('0')).toBe(0);
    expect(optionalNumber('-3')).toBe(-3);
    expect(optionalNumber('1.5')).toBe(1.5);
    expect(optionalNumber('14')).toBe(14);
  });
});
