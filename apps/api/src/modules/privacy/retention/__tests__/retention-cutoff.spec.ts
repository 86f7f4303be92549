import { retentionCutoff } from '../retention-cutoff';

describe('retentionCutoff', () => {
  it.each([
    {
      what: 'no period chosen (no settings row): the default of 90 days',
      now: '2026-12-04T03:17:00Z',
      days: undefined,
      cutoff: '2026-09-05T03:17:00.000Z',
    },
    { what: 'a period stored as null: the default', now: '2026-12-04T03:17:00Z', days: null, cutoff: '2026-09-05T03:17:00.000Z' },
    { what: '30 days', now: '2026-12-04T03:17:00Z', days: 30, cutoff: '2026-11-04T03:17:00.000Z' },
    { what: '365 days back over a year boundary', now: '2027-01-01T00:00:00Z', days: 365, cutoff: '2026-01-01T00:00:00.000Z' },
    { what: '365 days in a leap year reach the same day', now: '2028-03-01T12:00:00Z', days: 365, cutoff: '2027-03-02T12:00:00.000Z' },
    // 04:17 Dutch winter time on 5 November is 03:17 UTC; 30 × 24 h earlier is 05:17 Dutch summer time on 6 October.
    {
      what: 'back over the October clock change: whole 24-hour days',
      now: '2026-11-05T03:17:00Z',
      days: 30,
      cutoff: '2026-10-06T03:17:00.000Z',
    },
    // 04:17 Dutch summer time on 10 April is 02:17 UTC; 30 × 24 h earlier is 03:17 Dutch winter time on 11 March.
    {
      what: 'back over the March clock change: whole 24-hour days',
      now: '2026-04-10T02:17:00Z',
      days: 30,
      cutoff: '2026-03-11T02:17:00.000Z',
    },
  ])('$what', ({ now, days, cutoff }) => {
    expect(retentionCutoff(new Date(now), days).toISOString()).toBe(cutoff);
  });
});
