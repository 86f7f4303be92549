import { isLookBackDue } from './practices';

describe('due look-backs', () => {
  const practice = { status: 'open' as const, lookBackOn: '2026-03-01', reviewDays: [] as string[] };

  it('are due from the agreed day on while nobody has looked back', () => {
    expect(isLookBackDue(practice, '2026-02-28')).toBe(false);
    expect(isLookBackDue(practice, '2026-03-01')).toBe(true);
    expect(isLookBackDue(practice, '2026-05-01')).toBe(true);
  });

  it('are done once someone looked back on or after that day', () => {
    expect(isLookBackDue({ ...practice, reviewDays: ['2026-02-15'] }, '2026-03-02')).toBe(true);
    expect(isLookBackDue({ ...practice, reviewDays: ['2026-03-01'] }, '2026-03-02')).toBe(false);
  });

  it('are never due without a date or for a practice that is adopted or stopped', () => {
    expect(isLookBackDue({ ...practice, lookBackOn: null }, '2026-05-01')).toBe(false);
    expect(isLookBackDue({ ...practice, status: 'adopted' }, '2026-05-01')).toBe(false);
    expect(isLookBackDue({ ...practice, status: 'continued' }, '2026-05-01')).toBe(true);
  });
});
