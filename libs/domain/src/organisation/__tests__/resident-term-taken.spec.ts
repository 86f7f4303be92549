import { residentTermTaken } from '../resident-term-taken';

describe('residentTermTaken', () => {
  it.each([
    ['naaste', true],
    ['Naaste', true],
    ['  naasten ', true],
    ['bewoner', false],
    ['deelnemer', false],
    // Another word that contains it is the organisation's own.
    ['naaste buur', false],
    ['', false],
  ])('%j → %s', (term, taken) => {
    expect(residentTermTaken(term)).toBe(taken);
  });
});
