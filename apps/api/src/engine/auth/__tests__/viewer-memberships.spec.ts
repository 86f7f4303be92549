import { ViewerMembership } from '../viewer';
import { keepsEveryMembership, organisationIdsOf, teamIdsIn } from '../viewer-memberships';

const ORG_A = 'org-a';
const ORG_B = 'org-b';

function membership(
  organisationId: string | null,
  teamId: string | null,
  role: ViewerMembership['role'] = 'care_worker',
): ViewerMembership {
  return { id: `${organisationId}-${teamId}-${role}`, role, organisationId, networkId: organisationId ? null : 'net-1', teamId };
}

describe('teamIdsIn', () => {
  it.each([
    { what: 'no memberships', memberships: [], teams: [] },
    { what: 'one team in the organisation', memberships: [membership(ORG_A, 'team-1')], teams: ['team-1'] },
    {
      what: 'a membership without a team adds none',
      memberships: [membership(ORG_A, null, 'administrator'), membership(ORG_A, 'team-1')],
      teams: ['team-1'],
    },
    {
      what: "another organisation's team is left out",
      memberships: [membership(ORG_B, 'team-9'), membership(ORG_A, 'team-1')],
      teams: ['team-1'],
    },
    {
      what: 'two roles in the same team count once',
      memberships: [membership(ORG_A, 'team-1'), membership(ORG_A, 'team-1', 'moderator'), membership(ORG_A, 'team-2')],
      teams: ['team-1', 'team-2'],
    },
    { what: 'a network coordinator has no teams', memberships: [membership(null, null, 'network_coordinator')], teams: [] },
  ] as { what: string; memberships: ViewerMembership[]; teams: string[] }[])('$what', ({ memberships, teams }) => {
    expect(teamIdsIn({ memberships }, ORG_A)).toEqual(teams);
  });
});

describe('organisationIdsOf', () => {
  it.each([
    { what: 'no memberships', memberships: [], organisations: [] },
    {
      what: 'one organisation, two roles',
      memberships: [membership(ORG_A, null, 'administrator'), membership(ORG_A, 'team-1')],
      organisations: [ORG_A],
    },
    {
      what: 'two organisations, in membership order',
      memberships: [membership(ORG_B, 'team-9'), membership(ORG_A, 'team-1')],
      organisations: [ORG_B, ORG_A],
    },
    {
      what: "a network coordinator's membership has no organisation",
      memberships: [membership(null, null, 'network_coordinator'), membership(ORG_A, 'team-1')],
      organisations: [ORG_A],
    },
  ] as { what: string; memberships: ViewerMembership[]; organisations: string[] }[])('$what', ({ memberships, organisations }) => {
    expect(organisationIdsOf({ memberships })).toEqual(organisations);
  });
});

describe('keepsEveryMembership', () => {
  const worker = membership(ORG_A, 'team-1');
  it.each([
    { what: 'nothing changed', before: [worker], after: [worker], keeps: true },
    {
      what: 'a membership of another organisation added (an invitation accepted)',
      before: [worker],
      after: [worker, membership(ORG_B, 'team-9')],
      keeps: true,
    },
    {
      what: 'a second role added in the same organisation',
      before: [worker],
      after: [worker, membership(ORG_A, 'team-1', 'moderator')],
      keeps: true,
    },
    { what: 'no memberships before', before: [], after: [worker], keeps: true },
    { what: 'the membership removed', before: [worker], after: [], keeps: false },
    { what: 'one of two removed', before: [worker, membership(ORG_B, 'team-9')], after: [membership(ORG_B, 'team-9')], keeps: false },
    { what: 'the role changed', before: [worker], after: [{ ...worker, role: 'moderator' }], keeps: false },
    { what: 'moved to another team', before: [worker], after: [{ ...worker, teamId: 'team-2' }], keeps: false },
    { what: 'removed and given again (a new membership)', before: [worker], after: [{ ...worker, id: 'again' }], keeps: false },
  ] as { what: string; before: ViewerMembership[]; after: ViewerMembership[]; keeps: boolean }[])('$what', ({ before, after, keeps }) => {
    expect(keepsEveryMembership({ memberships: before }, { memberships: after })).toBe(keeps);
  });
});
