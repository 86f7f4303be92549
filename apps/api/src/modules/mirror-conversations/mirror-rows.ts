import { MIRROR_CONSENT_SCOPES, MirrorConsentScope, MirrorValueTag } from '@kring/domain';
import { MirrorConversationRow, MirrorStatementRow } from '../../engine/database/tables.generated';

/** A mirror_conversation row as read with `SELECT c.*`. */
type ConversationRow = MirrorConversationRow;

/** The conversation with how the viewer stands to it. */
export type ViewedConversationRow = ConversationRow & { viewer_is_listener: boolean; viewer_in_team: boolean };

/** A statement as the screens read it: value tags with their shape (jsonb in the table). */
export type StatementRow = Pick<
  MirrorStatementRow,
  'id' | 'question_id' | 'participant_id' | 'body' | 'theme_ids' | 'quotable' | 'in_harvest' | 'created_at' | 'edited_at'
> & {
  value_tags: MirrorValueTag[];
};

/**
 * Each participant's consent as it stands now: the scopes of their grants
 * that were not withdrawn. Joined wherever words are shown, so a withdrawal
 * takes effect at the next read, everywhere.
 */
export const ACTIVE_SCOPES = `ARRAY(SELECT mc.scope FROM mirror_consent mc WHERE mc.participant_id = p.id AND mc.withdrawn_at IS NULL ORDER BY mc.scope)`;

export type ScopeList = MirrorConsentScope[];

/** Scopes as people read them: in the order of the consent page, not the database's. */
export function inCatalogueOrder(scopes: readonly MirrorConsentScope[]): MirrorConsentScope[] {
  return MIRROR_CONSENT_SCOPES.filter((scope) => scopes.includes(scope));
}
