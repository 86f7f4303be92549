import { formatDutchTime, todayInNetherlands, yearInNetherlands } from './netherlands-time';

describe('todayInNetherlands', () => {
  it('follows the Dutch calendar, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1 in winter).
    expect(todayInNetherlands(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayInNetherlands(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('yearInNetherlands', () => {
  it.each([
    ['2025-12-31T22:59:00Z', 2025],
    ['2025-12-31T23:00:00Z', 2026],
  ])('%s is in %i', (at, year) => expect(yearInNetherlands(new Date(at))).toBe(year));
});

describe('formatDutchTime', () => {
  it.each([
    ['nl', { dateStyle: 'long' }, '1 januari 2026'],
    ['en', { dateStyle: 'long' }, '1 January 2026'],
  ] as const)('writes 31 Dec 23:30 UTC in %s as %s', (language, style, text) => {
    expect(formatDutchTime(new Date('2025-12-31T23:30:00Z'), language, style)).toBe(text);
  });
});
