import { ProposalOutcome, proposalOutcome } from '../proposal-outcome';

type Answer = 'accepted' | 'declined' | null;
const group = (...answers: Answer[]) => answers.map((response, i) => ({ organisation_id: `org-${i + 1}`, response }));

describe('proposalOutcome', () => {
  it.each([
    {
      what: 'a pair: the first to accept waits for the other',
      members: group(null, null),
      answering: 'org-1',
      accept: true,
      outcome: 'waiting',
    },
    {
      what: 'a pair: the second to accept decides it',
      members: group('accepted', null),
      answering: 'org-2',
      accept: true,
      outcome: 'accepted',
    },
    {
      what: 'a trio: two of three accepted, the third still open',
      members: group('accepted', null, null),
      answering: 'org-2',
      accept: true,
      outcome: 'waiting',
    },
    {
      what: 'a trio: the last to accept decides it',
      members: group('accepted', 'accepted', null),
      answering: 'org-3',
      accept: true,
      outcome: 'accepted',
    },
    {
      what: 'accepting again after an own earlier acceptance, the others still open',
      members: group('accepted', null),
      answering: 'org-1',
      accept: true,
      outcome: 'waiting',
    },
    {
      what: 'a decline ends it whatever the others said',
      members: group('accepted', 'accepted', null),
      answering: 'org-3',
      accept: false,
      outcome: 'declined',
    },
    { what: 'a decline as the first answer', members: group(null, null), answering: 'org-1', accept: false, outcome: 'declined' },
  ] as { what: string; members: ReturnType<typeof group>; answering: string; accept: boolean; outcome: ProposalOutcome }[])(
    '$what',
    ({ members, answering, accept, outcome }) => {
      expect(proposalOutcome(members, answering, accept)).toBe(outcome);
    },
  );
});
