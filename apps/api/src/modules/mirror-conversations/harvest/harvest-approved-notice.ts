import { EntityManager } from 'typeorm';
import type { MirrorConversationRow, MirrorListenerRow, TeamRow } from '../../../engine/database/tables.generated';
import type { NotificationDraft } from '../../../engine/notifications/notifier';
import { WEB_PATHS } from '../../calendar';

type RecipientRow = Pick<MirrorConversationRow, 'id' | 'organisation_id'> &
  Pick<MirrorListenerRow, 'person_id'> & { held_at: MirrorConversationRow['scheduled_at']; team: TeamRow['name'] | null };

/**
 * Who hears that a mirror conversation's harvest was approved: the colleagues
 * who listened in, except whoever approved it, and only people who still
 * belong to the organisation. Relatives have no account; the text names the
 * team and the day it was held, never the theme.
 */
export async function harvestApprovedNotifications(
  manager: EntityManager,
  conversationId: string,
  approvedBy: string,
): Promise<NotificationDraft[]> {
  const rows: RecipientRow[] = await manager.query(
    `SELECT c.id, c.organisation_id, coalesce(c.started_at, c.scheduled_at) AS held_at, l.person_id, t.name AS team
     FROM mirror_listener l JOIN mirror_conversation c ON c.id = l.conversation_id LEFT JOIN team t ON t.id = c.team_id
     WHERE c.id = $1 AND l.person_id <> $2
       AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = l.person_id AND m.organisation_id = c.organisation_id)`,
    [conversationId, approvedBy],
  );
  return rows.map((r) => ({
    kind: 'mirror_harvest_approved',
    organisationId: r.organisation_id,
    personId: r.person_id,
    subjectId: r.id,
    dueKey: '',
    params: { when: new Date(r.held_at).toISOString(), team: r.team },
    link: WEB_PATHS.mirrorConversation(r.id),
  }));
}
