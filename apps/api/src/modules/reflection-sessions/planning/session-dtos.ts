import { LivePractice, Role, SessionRole } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { Viewer } from '../../../engine/auth/viewer';
import { OVERDUE_SESSION } from '../../cases';
import { canManage } from '../../organisations';
import { phaseDtos } from '../../methods';
import { PracticeDto, SessionSummaryDto } from '../dtos/session.dto';
import { namedRef } from '../../../engine/graphql/named-ref';
import type { CaseFileRow, PersonRow, TeamRow } from '../../../engine/database/tables.generated';
import { SessionRow } from '../session-rows';

/** A participant as the `participants` json_agg of SUMMARY_SELECT builds it. */
interface SummaryParticipant {
  id: PersonRow['id'];
  name: PersonRow['display_name'];
  role: SessionRole;
}

/** A session as SUMMARY_SELECT reads it: the row, the names around it and the viewer's place in it. */
type SessionSummaryRow = SessionRow & {
  team_name: TeamRow['name'] | null;
  case_pseudonym: CaseFileRow['display_pseudonym'] | null;
  moderator_name: PersonRow['display_name'];
  viewer_role: SessionRole | null;
  overdue: boolean;
  /** null when nobody is invited (json_agg over no rows). */
  participants: SummaryParticipant[] | null;
};

/** Session rows with what a summary shows besides the row itself; `$1` is the viewer. */
const SUMMARY_SELECT = `SELECT s.*, t.name AS team_name, c.display_pseudonym AS case_pseudonym, m.display_name AS moderator_name,
  me.role AS viewer_role, ${OVERDUE_SESSION} AS overdue,
  (SELECT json_agg(json_build_object('id', sp.person_id, 'name', p.display_name, 'role', sp.role) ORDER BY sp.role = 'moderator' DESC, p.display_name)
   FROM session_participant sp JOIN person p ON p.id = sp.person_id WHERE sp.session_id = s.id) AS participants
  FROM reflection_session s
  LEFT JOIN team t ON t.id = s.team_id
  LEFT JOIN case_file c ON c.id = s.case_id
  JOIN person m ON m.id = s.moderator_id
  LEFT JOIN session_participant me ON me.session_id = s.id AND me.person_id = $1`;

export async function loadSummaries(
  manager: EntityManager,
  viewer: Viewer,
  roles: readonly Role[],
  where: string,
  params: unknown[],
): Promise<SessionSummaryDto[]> {
  const rows: SessionSummaryRow[] = await manager.query(`${SUMMARY_SELECT} WHERE ${where}`, [viewer.personId, ...params]);
  return rows.map((r) => toSummary(r, viewer, roles));
}

function toSummary(r: SessionSummaryRow, viewer: Viewer, roles: readonly Role[]): SessionSummaryDto {
  const editable = r.status === 'planned' || r.status === 'live';
  return {
    id: r.id,
    organisationId: r.organisation_id,
    question: r.title,
    status: r.status,
    overdue: r.overdue,
    scheduledAt: r.scheduled_at,
    durationMinutes: r.duration_minutes,
    place: r.place,
    method: {
      id: r.method_snapshot.id,
      version: r.method_snapshot.version,
      name: r.method_snapshot.name,
      phases: phaseDtos(r.method_snapshot.phases),
    },
    team: namedRef(r.team_id, r.team_name),
    // Whether the viewer may open the case is the case rule's answer, asked for all rows at once (PlanningService.summaries).
    caseRef: r.case_id && r.case_pseudonym ? { id: r.case_id, pseudonym: r.case_pseudonym, viewerCanRead: false } : null,
    lensIds: r.lens_ids,
    moderator: { id: r.moderator_id, name: r.moderator_name },
    participants: (r.participants ?? []).map((p) => ({ person: { id: p.id, name: p.name }, role: p.role })),
    voteBudget: r.vote_budget,
    oneScreen: r.one_screen,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    reportApprovedAt: r.report_approved_at,
    viewerRole: r.viewer_role,
    viewerCanEditPlan: editable && (r.moderator_id === viewer.personId || r.created_by === viewer.personId || canManage(roles)),
    calendarPath: `/sessions/${r.id}/calendar.ics`,
  };
}

export function practiceDto(practice: LivePractice): PracticeDto {
  return { ...practice, reviews: [...practice.reviews] };
}

/**
 * Live sessions, and planned ones until they are overdue (OVERDUE_SESSION, the rule that also ends what they let
 * people read); an overdue one stays for its moderator only (`me` of SUMMARY_SELECT), marked, until they hold it,
 * re-plan it or call it off: otherwise it would be in no list at all.
 */
export const UPCOMING = `(s.status = 'live' OR (s.status = 'planned' AND (NOT ${OVERDUE_SESSION} OR me.role = 'moderator')))`;
