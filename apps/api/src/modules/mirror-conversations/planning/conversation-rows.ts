import { MIRROR_NOT_INDEPENDENT_ROLES } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { MirrorConversationSummaryDto } from '../dtos/conversation.dto';
import { viewerRole } from '../mirror-access';
import { ViewedConversationRow } from '../mirror-rows';
import { namedRef } from '../../../engine/graphql/named-ref';

type SummaryRow = ViewedConversationRow & {
  team_name: string | null;
  moderator_name: string;
  moderator_email: string;
  participant_count: number;
  moderator_not_independent: boolean;
};

/**
 * Conversations of the viewer's organisation with what a list shows, newest
 * first. `where` may use `extra` as $4, $5, …
 */
export async function loadSummaryRows(
  manager: EntityManager,
  access: TenantAccess,
  viewer: Viewer,
  where = 'true',
  extra: unknown[] = [],
): Promise<SummaryRow[]> {
  return manager.query(
    `SELECT c.*, t.name AS team_name, p.display_name AS moderator_name, p.email AS moderator_email,
            EXISTS (SELECT 1 FROM mirror_listener l WHERE l.conversation_id = c.id AND l.person_id = $2) AS viewer_is_listener,
            EXISTS (SELECT 1 FROM membership m WHERE m.person_id = $2 AND m.team_id = c.team_id) AS viewer_in_team,
            EXISTS (SELECT 1 FROM membership m WHERE m.person_id = c.moderator_id AND m.organisation_id = c.organisation_id
                    AND m.role = ANY($3::text[])) AS moderator_not_independent,
            (SELECT count(*)::int FROM mirror_participant mp WHERE mp.conversation_id = c.id AND mp.revoked_at IS NULL) AS participant_count
     FROM mirror_conversation c JOIN person p ON p.id = c.moderator_id LEFT JOIN team t ON t.id = c.team_id
     WHERE c.organisation_id = $1 AND ${where} ORDER BY c.scheduled_at DESC, c.id`,
    [access.organisationId, viewer.personId, MIRROR_NOT_INDEPENDENT_ROLES, ...extra],
  );
}

export function toSummary(row: SummaryRow, access: TenantAccess, viewer: Viewer): MirrorConversationSummaryDto {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    theme: row.theme,
    status: row.status,
    scheduledAt: row.scheduled_at,
    durationMinutes: row.duration_minutes,
    place: row.place,
    team: namedRef(row.team_id, row.team_name),
    moderator: { id: row.moderator_id, displayName: row.moderator_name, email: row.moderator_email },
    participantCount: row.participant_count,
    viewerRole: viewerRole(row, access, viewer),
  };
}
