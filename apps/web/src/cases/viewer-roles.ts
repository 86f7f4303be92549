import { type Role } from '@kring/domain';
import type { Viewer } from '../app/auth';

function rolesIn(viewer: Viewer, organisationId: string): Role[] {
  return viewer.memberships.filter((m) => m.organisation?.id === organisationId).map((m) => m.role);
}

/**
 * The teams the viewer may choose, as the API allows (its mayChooseTeam, with
 * the same role list): every team for those roles (a case's curators, a
 * story's overseers), otherwise the viewer's own teams.
 */
export function choosableTeams<T extends { id: string }>(
  viewer: Viewer,
  organisationId: string,
  teams: readonly T[],
  everyTeamRoles: readonly Role[],
): T[] {
  if (rolesIn(viewer, organisationId).some((role) => everyTeamRoles.includes(role))) return [...teams];
  const own = new Set(viewer.memberships.filter((m) => m.organisation?.id === organisationId && m.team).map((m) => m.team!.id));
  return teams.filter((team) => own.has(team.id));
}
