import { CASE_CURATOR_ROLES, type Role } from '@kring/domain';
import type { Viewer } from '../app/auth';

function rolesIn(viewer: Viewer, organisationId: string): Role[] {
  return viewer.memberships.filter((m) => m.organisation?.id === organisationId).map((m) => m.role);
}

/**
 * The teams the viewer may give a case, as the API allows: every team for
 * curators (moderators, care entrepreneurs, administrators), otherwise the
 * viewer's own teams.
 */
export function choosableTeams<T extends { id: string }>(viewer: Viewer, organisationId: string, teams: readonly T[]): T[] {
  if (rolesIn(viewer, organisationId).some((role) => CASE_CURATOR_ROLES.includes(role))) return [...teams];
  const own = new Set(viewer.memberships.filter((m) => m.organisation?.id === organisationId && m.team).map((m) => m.team!.id));
  return teams.filter((team) => own.has(team.id));
}
