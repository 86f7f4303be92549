import { Role } from '@kring/domain';
import { ViewerMembership } from '../../auth/viewer';
import { mayChooseTeam } from '../team-choice';

const ORG = 'org-a';
const ACROSS: Role[] = ['administrator', 'moderator'];

function member(organisationId: string, teamId: string | null, role: Role = 'care_worker'): ViewerMembership {
  return { id: `${organisationId}-${teamId}-${role}`, role, organisationId, networkId: null, teamId };
}

describe('mayChooseTeam', () => {
  it.each([
    { what: 'a member of the team', memberships: [member(ORG, 'team-1')], roles: ['care_worker'], may: true },
    { what: 'a member of another team', memberships: [member(ORG, 'team-2')], roles: ['care_worker'], may: false },
    { what: 'a member of the organisation without a team', memberships: [member(ORG, null)], roles: ['care_worker'], may: false },
    {
      what: "a member of a team with the same id in another organisation's membership",
      memberships: [member('org-b', 'team-1'), member(ORG, 'team-2')],
      roles: ['care_worker'],
      may: false,
    },
    { what: 'a role that works across teams, in no team', memberships: [member(ORG, null, 'moderator')], roles: ['moderator'], may: true },
    { what: 'a role not on the feature’s list', memberships: [member(ORG, null, 'entrepreneur')], roles: ['entrepreneur'], may: false },
    { what: 'no memberships and no roles', memberships: [], roles: [], may: false },
  ] as { what: string; memberships: ViewerMembership[]; roles: Role[]; may: boolean }[])('$what', ({ memberships, roles, may }) => {
    expect(mayChooseTeam({ memberships }, { organisationId: ORG, roles }, 'team-1', ACROSS)).toBe(may);
  });
});
