import { MirrorReadiness, mirrorReadiness } from '../mirror-readiness';

const NOW = new Date('2026-10-24T10:00:00Z');
const NEXT_WEEK = new Date('2026-10-31T18:00:00Z');

function relatives(count: number, fields: { linkStatus?: string; consents?: string[] } = {}) {
  return Array.from({ length: count }, () => ({ linkStatus: 'opened', consents: ['take_part'], ...fields }));
}

const counts = (questions: number, invited: number, saidYes: number) => ({ questions, invited, saidYes, wantedMin: 6, wantedMax: 12 });

describe('mirrorReadiness', () => {
  it.each([
    {
      what: 'nothing prepared yet',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 0,
      participants: [],
      readiness: { ...counts(0, 0, 0), warnings: ['no_questions', 'no_participants'] },
    },
    {
      what: 'six said yes: the lower bound of the method, no warning',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 4,
      participants: [...relatives(6), ...relatives(2, { consents: [] })],
      readiness: { ...counts(4, 8, 6), warnings: [] },
    },
    {
      what: 'five said yes: too few',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 4,
      participants: relatives(5),
      readiness: { ...counts(4, 5, 5), warnings: ['few_said_yes'] },
    },
    {
      what: 'a revoked link is no invitation, even with consent on record',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 4,
      participants: [...relatives(6), ...relatives(3, { linkStatus: 'revoked' })],
      readiness: { ...counts(4, 6, 6), warnings: [] },
    },
    {
      what: 'only revoked links: nobody is invited',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 1,
      participants: relatives(2, { linkStatus: 'revoked' }),
      readiness: { ...counts(1, 0, 0), warnings: ['no_participants'] },
    },
    {
      what: 'thirteen said yes: more than the method advises',
      conversation: { status: 'planned', scheduledAt: NEXT_WEEK },
      questions: 4,
      participants: relatives(13),
      readiness: { ...counts(4, 13, 13), warnings: ['many_said_yes'] },
    },
    {
      what: 'a planned date that has passed',
      conversation: { status: 'planned', scheduledAt: new Date('2026-10-24T09:59:59Z') },
      questions: 4,
      participants: relatives(6),
      readiness: { ...counts(4, 6, 6), warnings: ['past_date'] },
    },
    {
      what: 'live: the counts, but no warnings any more',
      conversation: { status: 'live', scheduledAt: new Date('2026-10-24T09:00:00Z') },
      questions: 0,
      participants: relatives(2),
      readiness: { ...counts(0, 2, 2), warnings: [] },
    },
  ] as {
    what: string;
    conversation: { status: string; scheduledAt: Date };
    questions: number;
    participants: { linkStatus: string; consents: string[] }[];
    readiness: MirrorReadiness;
  }[])('$what', ({ conversation, questions, participants, readiness }) => {
    expect(mirrorReadiness(conversation, questions, participants, NOW)).toEqual(readiness);
  });
});
