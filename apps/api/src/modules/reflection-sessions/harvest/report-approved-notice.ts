import { EntityManager } from 'typeorm';
import { approvedNotices } from '../../../engine/notifications/approved-notice';
import type { NotificationDraft } from '../../../engine/notifications/notifier';
import { WEB_PATHS } from '../../calendar';

/**
 * Who hears that a session's report was approved: everyone who took part
 * (approvedNotices keeps out the approver and people who left). The text names
 * the method, team and the day it was held (as the report does), never the
 * question or the case.
 */
export function reportApprovedNotifications(manager: EntityManager, sessionId: string, approvedBy: string): Promise<NotificationDraft[]> {
  return approvedNotices(
    manager,
    { kind: 'session_report_approved', link: WEB_PATHS.sessionReport },
    `SELECT s.id, s.organisation_id, coalesce(s.started_at, s.scheduled_at) AS held_at, sp.person_id, s.method_snapshot->'name' AS method,
       t.name AS team
     FROM session_participant sp JOIN reflection_session s ON s.id = sp.session_id LEFT JOIN team t ON t.id = s.team_id
     WHERE s.id = $1`,
    sessionId,
    approvedBy,
  );
}
