import type { LiveParticipant } from '@kring/domain';
import { readiness } from './readiness';

const person = (personId: string, role: LiveParticipant['role'], online: boolean, ready: boolean): LiveParticipant => ({
  personId,
  displayName: personId,
  role,
  online,
  ready,
});

describe('how many of those present are ready', () => {
  it.each([
    ['nobody there', [], { ready: 0, present: 0 }],
    ['two present, one ready', [person('a', 'participant', true, true), person('b', 'participant', true, false)], { ready: 1, present: 2 }],
    // B marked "klaar" and then dropped out: C, present and still writing, keeps the count from reading 2 of 2.
    [
      'a ready one who dropped out',
      [person('a', 'participant', true, true), person('b', 'participant', false, true), person('c', 'participant', true, false)],
      { ready: 1, present: 2 },
    ],
    [
      'the moderator does not count',
      [person('m', 'moderator', true, true), person('a', 'participant', true, false)],
      { ready: 0, present: 1 },
    ],
  ])('%s', (_, participants, expected) => {
    expect(readiness(participants)).toEqual(expected);
  });
});
