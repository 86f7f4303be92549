import { CASE_READERS, CASE_TEAM_READER_ROLES, CASE_VISIBILITIES, ReaderRole, SESSION_LIMITS } from '@kring/domain';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { teamIdsIn } from '../../engine/auth/viewer-memberships';

/**
 * A planned session over `s` (a reflection_session row) whose time passed without it being held: a day
 * (SESSION_LIMITS.upcomingGraceHours) after its planned end, a late start or a date typed wrong would have shown by
 * now. The one definition of "overdue": such a session no longer lets its invited people read the case (below), and
 * the sessions module lists it only for its moderator, marked, to hold, re-plan or call off. Here, not in the
 * sessions module, because the sessions module builds on cases and the read rule must not wait for it.
 */
export const OVERDUE_SESSION = `(s.status = 'planned'
  AND s.scheduled_at + make_interval(mins => s.duration_minutes) + make_interval(hours => ${SESSION_LIMITS.upcomingGraceHours}) <= now())`;

/**
 * How each reader role of the case rule (CASE_READERS in @kring/domain) is
 * recognised in SQL over `case_file c`. Parameters: $1 organisation, $2 viewer
 * (person), $3 the viewer's teams in this organisation, $4 whether the
 * viewer's roles read every team's cases (the "overview" roles).
 *
 * "session_participant" is someone in a session that uses the case while it
 * runs — planned (until it is overdue), live, or closed until its report is
 * approved (sessionLetsParticipantsRead): afterwards an invited member of
 * another team reads the case only if its own level lets them. A session left
 * planned forever would otherwise keep the case open to them forever.
 */
const ROLE_IN_SQL: Partial<Record<ReaderRole, string>> = {
  writer: `c.author_id = $2`,
  session_participant: `EXISTS (SELECT 1 FROM reflection_session s JOIN session_participant sp ON sp.session_id = s.id
      WHERE s.case_id = c.id AND sp.person_id = $2
        AND ((s.status IN ('planned', 'live') AND NOT ${OVERDUE_SESSION}) OR (s.status = 'closed' AND s.report_approved_at IS NULL)))`,
  team_member: `c.team_id = ANY($3::uuid[])`,
  overview: `$4`,
  // Every member of the organisation; the policy guard has checked membership.
  other_team: `true`,
};

/** The levels at which a role reads, from the rule itself. */
const levelsOf = (role: ReaderRole) => CASE_VISIBILITIES.filter((level) => CASE_READERS[level].includes(role));

function readableCase(): string {
  const roles = [...new Set(CASE_VISIBILITIES.flatMap((level) => CASE_READERS[level]))];
  const clauses = roles.map((role) => {
    const sql = ROLE_IN_SQL[role];
    // A role the rule grants must be recognisable here; failing at start-up beats a silent "nobody".
    if (!sql) throw new Error(`The case rule grants ${role}, which the API cannot recognise in SQL`);
    return `(c.visibility IN (${levelsOf(role)
      .map((l) => `'${l}'`)
      .join(', ')}) AND ${sql})`;
  });
  return `c.organisation_id = $1 AND (${clauses.join('\n  OR ')})`;
}

/** Who may read a case (leesrecht), generated from the domain rule. CasesService.readableCase and the case list both use it. */
export const READABLE_CASE = readableCase();

/** The values for $1–$4 of READABLE_CASE. */
export function readerParams(viewer: Viewer, access: TenantAccess): [string, string, string[], boolean] {
  const teams = teamIdsIn(viewer, access.organisationId);
  const readsAllTeams = access.roles.some((role) => CASE_TEAM_READER_ROLES.includes(role));
  return [access.organisationId, viewer.personId, teams, readsAllTeams];
}
