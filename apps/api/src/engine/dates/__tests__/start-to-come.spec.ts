import type { UserError } from '../../graphql/user-error';
import { checkStartToCome, startMoved } from '../start-to-come';

const NOW = new Date('2026-12-06T12:46:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

/** What the refusal tells the form, or undefined when the start is let through. */
function refusal(start: Date): unknown {
  try {
    checkStartToCome(start, NOW);
  } catch (error) {
    return (error as UserError).extensions;
  }
  return undefined;
}

describe('checkStartToCome', () => {
  it.each([
    ['later today', minutes(60)],
    ['this minute', NOW],
    // "We start now": the form picks whole minutes and takes a while to fill in.
    ['a quarter of an hour ago', minutes(-15)],
  ])('lets a session start %s', (_, start) => {
    expect(refusal(start)).toBeUndefined();
  });

  it.each([
    ['sixteen minutes ago', minutes(-16)],
    ['yesterday', minutes(-24 * 60)],
    ['on 1 January 2020', new Date('2020-01-01T09:00:00Z')],
  ])('refuses a start %s, next to the date field', (_, start) => {
    expect(refusal(start)).toEqual({
      code: 'BAD_USER_INPUT',
      params: {},
      fields: [{ field: 'scheduledAt', rule: 'notInPast' }],
    });
  });
});

describe('startMoved', () => {
  it.each([
    ['sent back as the form shows it (whole minutes)', '2026-12-06T12:46:37.512Z', '2026-12-06T12:46:00.000Z', false],
    ['the same instant', '2026-12-06T12:46:00.000Z', '2026-12-06T12:46:00.000Z', false],
    ['a minute later', '2026-12-06T12:46:37.512Z', '2026-12-06T12:47:00.000Z', true],
    ['another day', '2026-12-06T12:46:00.000Z', '2026-12-07T12:46:00.000Z', true],
  ])('%s: %s', (_, stored, sent, moved) => {
    expect(startMoved(new Date(stored), new Date(sent))).toBe(moved);
  });
});
