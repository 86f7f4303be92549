import { localDateTime, toLocalParts } from './local-date-time';

describe('the date and time of a plan', () => {
  it('turns the wall-clock date and time into a moment and back', () => {
    const iso = localDateTime('2026-03-02', '19:30');
    expect(iso).not.toBeNull();
    expect(toLocalParts(iso!)).toEqual({ date: '2026-03-02', time: '19:30' });
  });

  it('refuses a missing part or a date that does not exist', () => {
    expect(localDateTime('', '19:30')).toBeNull();
    expect(localDateTime('2026-03-02', '')).toBeNull();
    expect(localDateTime('2026-02-31', '10:00')).toBeNull();
    expect(localDateTime('2-3-2026', '10:00')).toBeNull();
  });
});
