import { quarterLabel, quarterOf, quarterStart, recentQuarters, shiftQuarter } from './quarters';

describe('quarters', () => {
  it('puts each calendar day in its quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(() => quarterOf('31-12-2026')).toThrow();
  });

  it('steps over year boundaries', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4');
  });

  it('lists recent quarters oldest first, ending with the current one', () => {
    expect(recentQuarters('2026-02-10', 4)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
  });

  it('knows where a quarter starts and how to call it', () => {
    expect(quarterStart('2025-Q4')).toBe('2025-10-01');
    expect(quarterLabel('2026-Q3')).toEqual({ nl: 'K3 2026', en: 'Q3 2026' });
  });
});
