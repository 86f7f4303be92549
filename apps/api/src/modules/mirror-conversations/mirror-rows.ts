import { MIRROR_CONSENT_SCOPES, MirrorConsentScope, MirrorValueTag } from '@kring/domain';
import { MirrorConversationRow, MirrorStatementRow } from '../../engine/database/tables.generated';
import { activeScopesOf } from '../../engine/privacy/consent-scopes.sql';

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

/** Each participant's (`p`) consent as it stands now (activeScopesOf). */
export const ACTIVE_SCOPES = activeScopesOf('p.id');

export type ScopeList = MirrorConsentScope[];

/** Scopes as people read them: in the order of the consent page, not the database's. */
export function inCatalogueOrder(scopes: readonly MirrorConsentScope[]): MirrorConsentScope[] {
  return MIRROR_CONSENT_SCOPES.filter((scope) => scopes.includes(scope));
}

/** The escalation prompt's surface on a relative's own page (the content guard names a surface by its operation). */
export const RELATIVE_PAGE_SURFACE = 'Mutation.saveRelativeResponse';
