import { EntityManager } from 'typeorm';
import { approvedNotices } from '../../../engine/notifications/approved-notice';
import type { NotificationDraft } from '../../../engine/notifications/notifier';
import { WEB_PATHS } from '../../calendar';

/**
 * Who hears that a mirror conversation's harvest was approved: the colleagues
 * who listened in (approvedNotices keeps out the approver and people who left).
 * Relatives have no account; the text names the team and the day it was held,
 * never the theme.
 */
export function harvestApprovedNotifications(
  manager: EntityManager,
  conversationId: string,
  approvedBy: string,
): Promise<NotificationDraft[]> {
  return approvedNotices(
    manager,
    { kind: 'mirror_harvest_approved', link: WEB_PATHS.mirrorConversation },
    `SELECT c.id, c.organisation_id, coalesce(c.started_at, c.scheduled_at) AS held_at, l.person_id, t.name AS team
     FROM mirror_listener l JOIN mirror_conversation c ON c.id = l.conversation_id LEFT JOIN team t ON t.id = c.team_id
     WHERE c.id = $1`,
    conversationId,
    approvedBy,
  );
}
