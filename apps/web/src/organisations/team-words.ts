import { CASE_TEAM_READER_ROLES, LEARNING_OVERVIEW_ROLES, type Role } from '@kring/domain';

/**
 * Whether a member in this role works in every team without a team of their own: the roles that read every team's
 * cases and follow every team's practices (the rules the API keeps). Anyone else without a team reads only what is
 * shared with the whole organisation, and writes nothing for a team.
 */
export function worksAcrossTeams(role: Role): boolean {
  return CASE_TEAM_READER_ROLES.includes(role) && LEARNING_OVERVIEW_ROLES.includes(role);
}
