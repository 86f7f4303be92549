import { todayInNetherlands } from './calendar-date';

describe('todayInNetherlands', () => {
  it('follows the Dutch calendar, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1 in winter).
    expect(todayInNetherlands(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayInNetherlands(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
