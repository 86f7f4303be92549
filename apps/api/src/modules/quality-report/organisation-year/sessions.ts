import { Language, LocalizedText, ROLE_LABELS, Role, shownCount } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { CountRow } from '../../../engine/database/count-row';
import { HarvestItemRow } from '../../../engine/database/tables.generated';
import { SuppressedCountDto } from '../dtos/network-overview.dto';
import { ReportCountDto, ReportInsightDto } from '../dtos/quality-report.dto';
import { formatDay, momentInYear } from '../report-year';

/** A method's name as the session's method snapshot kept it, with the sessions held. */
interface MethodCountRow {
  name: LocalizedText;
  count: number;
}
/** People by role; `role` is null for people who left the organisation. */
interface RoleCountRow {
  role: Role | null;
  count: number;
}
type InsightRow = Pick<HarvestItemRow, 'body'> & { method: LocalizedText; held_at: Date };

/** A session counts as held in the year it started (or was planned for) once it is closed. */
const HELD = `s.organisation_id = $1 AND s.status = 'closed' AND ${momentInYear('coalesce(s.started_at, s.scheduled_at)', '$2')}`;

const FORMER_MEMBERS: LocalizedText = { nl: 'Oud-teamleden', en: 'Former team members' };

export interface SessionsPart {
  sessionsHeld: number;
  sessionsByMethod: ReportCountDto[];
  participantsByRole: SuppressedCountDto[];
  insights: ReportInsightDto[];
  /** Sessions held whose report the moderator has not approved (yet): their insights are not in the report. */
  sessionsWithoutApprovedReport: number;
}

/**
 * Reflection sessions of the year: how many of each method, who took part by
 * role (a person with two roles counts under both; people who left count as
 * former members), and the insights (leerpunten) of reports their moderator
 * approved. Names never leave this query.
 */
export async function sessionsOfYear(db: EntityManager, organisationId: string, year: number, language: Language): Promise<SessionsPart> {
  const [methods, roles, insights, [unapproved]] = await Promise.all([
    db.query<MethodCountRow[]>(
      `SELECT s.method_snapshot->'name' AS name, count(*)::int AS count FROM reflection_session s WHERE ${HELD}
       GROUP BY s.method_id, s.method_snapshot->'name' ORDER BY count(*) DESC, s.method_snapshot->'name'->>'nl'`,
      [organisationId, year],
    ),
    db.query<RoleCountRow[]>(
      `WITH people AS (SELECT DISTINCT sp.person_id FROM session_participant sp JOIN reflection_session s ON s.id = sp.session_id WHERE ${HELD})
       SELECT m.role, count(DISTINCT people.person_id)::int AS count
       FROM people LEFT JOIN membership m ON m.person_id = people.person_id AND m.organisation_id = $1
       GROUP BY m.role`,
      [organisationId, year],
    ),
    db.query<InsightRow[]>(
      `SELECT h.body, s.method_snapshot->'name' AS method, coalesce(s.started_at, s.scheduled_at) AS held_at
       FROM harvest_item h JOIN reflection_session s ON s.id = h.session_id
       WHERE h.kind = 'insight' AND s.report_approved_at IS NOT NULL AND ${HELD}
       ORDER BY held_at, h.created_at, h.id`,
      [organisationId, year],
    ),
    db.query<CountRow[]>(`SELECT count(*)::int AS count FROM reflection_session s WHERE s.report_approved_at IS NULL AND ${HELD}`, [
      organisationId,
      year,
    ]),
  ]);
  const byMethod = methods.map((m) => ({ label: m.name[language], count: m.count }));
  // Roles in the order of the domain list, so the table reads the same every year.
  const roleOrder = Object.keys(ROLE_LABELS) as Role[];
  const participants = [...roles]
    .sort((a, b) => (a.role ? roleOrder.indexOf(a.role) : 99) - (b.role ? roleOrder.indexOf(b.role) : 99))
    // Fewer than five people in a role point at them: shown as "fewer than five" (the one small-number rule).
    .map((r) => ({ label: r.role ? ROLE_LABELS[r.role][language] : FORMER_MEMBERS[language], count: shownCount(r.count) }));
  return {
    sessionsHeld: byMethod.reduce((sum: number, m: ReportCountDto) => sum + m.count, 0),
    sessionsByMethod: byMethod,
    participantsByRole: participants,
    insights: insights.map((i) => ({ text: i.body, methodName: i.method[language], heldOn: formatDay(i.held_at, language) })),
    sessionsWithoutApprovedReport: unapproved.count,
  };
}
