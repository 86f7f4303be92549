import { CASE_TEAM_READER_ROLES } from '@kring/domain';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';

/**
 * Who may read a case (leesrecht), as one SQL condition over `case_file c`.
 * The levels are layered, each including the readers of the narrower ones:
 * - private: only the author;
 * - session: also the people in case_access (a session's participants);
 * - team: also members of the case's team in any role, and the
 *   organisation's administrators, care entrepreneurs and moderators;
 * - organisation: every member of the organisation.
 * Parameters: $1 organisation, $2 viewer (person), $3 the viewer's teams in
 * this organisation, $4 whether the viewer's roles read every team's cases.
 * CasesService.readableCase and the case list both use it, so there is one rule.
 */
export const READABLE_CASE = `c.organisation_id = $1 AND (
  c.author_id = $2
  OR (c.visibility IN ('session', 'team', 'organisation')
      AND EXISTS (SELECT 1 FROM case_access ca WHERE ca.case_id = c.id AND ca.person_id = $2))
  OR (c.visibility IN ('team', 'organisation') AND ($4 OR c.team_id = ANY($3::uuid[])))
  OR c.visibility = 'organisation'
)`;

/** The values for $1–$4 of READABLE_CASE. */
export function readerParams(viewer: Viewer, access: TenantAccess): [string, string, string[], boolean] {
  const teams = viewer.memberships.filter((m) => m.organisationId === access.organisationId && m.teamId).map((m) => m.teamId as string);
  const readsAllTeams = access.roles.some((role) => CASE_TEAM_READER_ROLES.includes(role));
  return [access.organisationId, viewer.personId, teams, readsAllTeams];
}
