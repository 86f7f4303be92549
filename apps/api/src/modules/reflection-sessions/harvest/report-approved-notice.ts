import { LocalizedText } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { ReflectionSessionRow, SessionParticipantRow, TeamRow } from '../../../engine/database/tables.generated';
import type { NotificationDraft } from '../../../engine/notifications/notifier';
import { WEB_PATHS } from '../../calendar';

type RecipientRow = Pick<ReflectionSessionRow, 'id' | 'organisation_id'> &
  Pick<SessionParticipantRow, 'person_id'> & {
    held_at: ReflectionSessionRow['scheduled_at'];
    team: TeamRow['name'] | null;
    method: LocalizedText;
  };

/**
 * Who hears that a session's report was approved: everyone who took part,
 * except whoever approved it (they know), and only people who still belong to
 * the organisation. The text names the method, team and the day it was held
 * (as the report does), never the question or the case.
 */
export async function reportApprovedNotifications(
  manager: EntityManager,
  sessionId: string,
  approvedBy: string,
): Promise<NotificationDraft[]> {
  const rows: RecipientRow[] = await manager.query(
    `SELECT s.id, s.organisation_id, coalesce(s.started_at, s.scheduled_at) AS held_at, sp.person_id, s.method_snapshot->'name' AS method, t.name AS team
     FROM session_participant sp JOIN reflection_session s ON s.id = sp.session_id LEFT JOIN team t ON t.id = s.team_id
     WHERE s.id = $1 AND sp.person_id <> $2
       AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = sp.person_id AND m.organisation_id = s.organisation_id)`,
    [sessionId, approvedBy],
  );
  return rows.map((r) => ({
    kind: 'session_report_approved',
    organisationId: r.organisation_id,
    personId: r.person_id,
    subjectId: r.id,
    dueKey: '',
    params: { when: new Date(r.held_at).toISOString(), method: r.method, team: r.team },
    link: WEB_PATHS.sessionReport(r.id),
  }));
}
