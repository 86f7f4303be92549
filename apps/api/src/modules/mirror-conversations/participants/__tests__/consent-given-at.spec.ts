import { consentGivenAt } from '../consent-given-at';

describe('consentGivenAt', () => {
  it.each([
    {
      what: 'a day in the past: noon UTC of that day',
      givenOn: '2026-10-20',
      now: '2026-10-24T10:00:00Z',
      stored: '2026-10-20T12:00:00.000Z',
    },
    { what: 'today, after noon UTC: noon', givenOn: '2026-10-24', now: '2026-10-24T15:00:00Z', stored: '2026-10-24T12:00:00.000Z' },
    {
      what: 'today, before noon UTC: now, never ahead of the clock',
      givenOn: '2026-10-24',
      now: '2026-10-24T06:00:00Z',
      stored: '2026-10-24T06:00:00.000Z',
    },
    {
      what: 'just after midnight in the Netherlands (still yesterday in UTC), the Dutch today: now',
      givenOn: '2026-10-25',
      now: '2026-10-24T22:30:00Z',
      stored: '2026-10-24T22:30:00.000Z',
    },
    {
      what: 'the night of the October clock change, the Dutch today: now',
      givenOn: '2026-10-25',
      now: '2026-10-25T00:30:00Z',
      stored: '2026-10-25T00:30:00.000Z',
    },
    {
      what: 'the night of the March clock change, the day before: its noon',
      givenOn: '2026-03-28',
      now: '2026-03-29T01:30:00Z',
      stored: '2026-03-28T12:00:00.000Z',
    },
    {
      what: 'tomorrow, exactly a day ahead: allowed, stored as now',
      givenOn: '2026-10-25',
      now: '2026-10-24T12:00:00Z',
      stored: '2026-10-24T12:00:00.000Z',
    },
    {
      what: 'tomorrow, a millisecond more than a day ahead: refused',
      givenOn: '2026-10-25',
      now: '2026-10-24T11:59:59.999Z',
      stored: null,
    },
    { what: 'next week: refused', givenOn: '2026-10-31', now: '2026-10-24T10:00:00Z', stored: null },
    {
      what: '31 December, recorded on New Year’s Day',
      givenOn: '2025-12-31',
      now: '2026-01-01T08:00:00Z',
      stored: '2025-12-31T12:00:00.000Z',
    },
  ])('$what', ({ givenOn, now, stored }) => {
    expect(consentGivenAt(givenOn, new Date(now))?.toISOString() ?? null).toBe(stored);
  });
});
