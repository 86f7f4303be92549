import { mirrorReadinessWarnings, MirrorReadinessFacts } from './readiness';

const now = new Date('2026-12-02T12:00:00Z');
const ready: MirrorReadinessFacts = { scheduledAt: new Date('2026-12-20T19:00:00Z'), now, questions: 4, invited: 9, saidYes: 7 };

describe('readiness of a mirror conversation (6–12 relatives, a question guide)', () => {
  it.each<[string, Partial<MirrorReadinessFacts>, string[]]>([
    ['ready: a guide and seven who said yes', {}, []],
    ['exactly six and exactly twelve are fine', { saidYes: 6 }, []],
    ['twelve', { invited: 14, saidYes: 12 }, []],
    ['a date in the past', { scheduledAt: new Date('2026-12-01T19:00:00Z') }, ['past_date']],
    ['no questions yet', { questions: 0 }, ['no_questions']],
    ['nobody invited', { invited: 0, saidYes: 0 }, ['no_participants']],
    ['invited, but five said yes', { saidYes: 5 }, ['few_said_yes']],
    ['thirteen said yes', { invited: 15, saidYes: 13 }, ['many_said_yes']],
    [
      'empty and in the past',
      { scheduledAt: new Date('2026-11-01T19:00:00Z'), questions: 0, invited: 0, saidYes: 0 },
      ['past_date', 'no_questions', 'no_participants'],
    ],
  ])('%s', (_name, change, warnings) => {
    expect(mirrorReadinessWarnings({ ...ready, ...change })).toEqual(warnings);
  });
});
