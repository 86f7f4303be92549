import { CASE_CODE_ALPHABET, defaultDisplayPseudonym, generateCaseCode, isCaseCode } from './case-code';

/** A predictable stand-in for crypto.randomInt: walks through the given picks. */
function picks(...values: number[]) {
  let i = 0;
  return (max: number) => {
    const value = values[i++ % values.length];
    if (value >= max) throw new Error(`pick ${value} out of range ${max}`);
    return value;
  };
}

describe('generateCaseCode', () => {
  it('makes "C-" and four characters from the alphabet', () => {
    expect(generateCaseCode(picks(0, 1, 2, 29))).toBe('C-234Z');
    expect(generateCaseCode(picks(5, 17, 21, 2))).toBe('C-7KQ4');
  });

  it('never uses characters that are easily confused', () => {
    for (const confusing of ['0', 'O', '1', 'I', 'L', 'U']) expect(CASE_CODE_ALPHABET).not.toContain(confusing);
    expect(new Set(CASE_CODE_ALPHABET).size).toBe(CASE_CODE_ALPHABET.length);
  });

  it('spreads over the whole alphabet with a real random source', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateCaseCode((max) => Math.floor(Math.random() * max));
      expect(isCaseCode(code)).toBe(true);
      for (const ch of code.slice(2)) seen.add(ch);
    }
    expect(seen.size).toBe(CASE_CODE_ALPHABET.length);
  });
});

describe('isCaseCode', () => {
  it('accepts only well-formed codes', () => {
    expect(isCaseCode('C-7KQ4')).toBe(true);
    expect(isCaseCode('C-7KQ')).toBe(false);
    expect(isCaseCode('C-7KQ45')).toBe(false);
    expect(isCaseCode('C-7KO4')).toBe(false);
    expect(isCaseCode('c-7kq4')).toBe(false);
  });
});

describe('defaultDisplayPseudonym', () => {
  it("uses the organisation's own word for residents and an initial", () => {
    expect(defaultDisplayPseudonym('bewoner', picks(9))).toBe('Bewoner K.');
    expect(defaultDisplayPseudonym('deelnemer', picks(0))).toBe('Deelnemer A.');
    expect(defaultDisplayPseudonym('  ', picks(1))).toBe('Bewoner B.');
  });
});
