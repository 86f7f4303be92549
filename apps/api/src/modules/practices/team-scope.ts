import { LEARNING_OVERVIEW_ROLES } from '@kring/domain';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { teamIdsIn } from '../../engine/auth/viewer-memberships';

/**
 * Which teams' learning a viewer follows in one organisation: the teams they
 * belong to, or every team for the overview roles (moderators, care
 * entrepreneurs, administrators). Practices and patterns share this rule.
 */
export interface TeamScope {
  organisationId: string;
  personId: string;
  allTeams: boolean;
  teamIds: string[];
}

export function teamScope(viewer: Viewer, access: TenantAccess): TeamScope {
  return {
    organisationId: access.organisationId,
    personId: viewer.personId,
    allTeams: access.roles.some((role) => LEARNING_OVERVIEW_ROLES.includes(role)),
    teamIds: teamIdsIn(viewer, access.organisationId),
  };
}

export function followsTeam(scope: TeamScope, teamId: string | null): boolean {
  return scope.allTeams || (teamId !== null && scope.teamIds.includes(teamId));
}
