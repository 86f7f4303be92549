import { Role } from '@kring/domain';
import { TenantAccess, Viewer } from '../auth/viewer';
import { teamIdsIn } from '../auth/viewer-memberships';

/**
 * May the viewer put something in this team's name (a case, a story)? Members
 * of the team may; so may the roles that work across teams (`acrossTeams`,
 * each feature's own list). Whether the team is the organisation's own is
 * checked first, against the database (requireOwnTeam's NOT_FOUND).
 */
export function mayChooseTeam(
  viewer: Pick<Viewer, 'memberships'>,
  access: TenantAccess,
  teamId: string,
  acrossTeams: readonly Role[],
): boolean {
  return access.roles.some((role) => acrossTeams.includes(role)) || teamIdsIn(viewer, access.organisationId).includes(teamId);
}
