import { obstaclePeriods } from '../obstacle-periods';

const days = (n: number, day: string): string[] => Array.from({ length: n }, () => day);
const labels = (n: number, label: string | null): (string | null)[] => Array.from({ length: n }, () => label);

describe('the quarter a rule in the way may name', () => {
  it.each([
    ['five in a shown quarter', days(5, '2026-02-10'), ['2026-Q1'], labels(5, '2026-Q1')],
    ['two in a shown quarter (its cell reads "minder dan 5")', days(2, '2026-02-10'), ['2026-Q1'], [null, null]],
    ['five in a quarter the tables do not show', days(5, '2026-05-10'), ['2026-Q1'], labels(5, null)],
    [
      'five in one shown quarter, one in another',
      [...days(5, '2026-02-10'), '2026-08-01'],
      ['2026-Q1', '2026-Q3'],
      [...labels(5, '2026-Q1'), null],
    ],
    ['none', [], ['2026-Q1'], []],
  ])('%s', (_, given, shown, expected) => {
    expect(obstaclePeriods(given, new Set(shown))).toEqual(expected);
  });
});
