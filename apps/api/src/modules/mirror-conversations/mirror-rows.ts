import { MIRROR_CONSENT_SCOPES, MirrorConsentScope, MirrorStatus, MirrorValueTag } from '@kring/domain';

/** A mirror_conversation row as read with `SELECT c.*`. */
export interface ConversationRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  theme: string;
  scheduled_at: Date;
  duration_minutes: number;
  place: string;
  moderator_id: string;
  escalation_procedure: string;
  status: MirrorStatus;
  current_question_id: string | null;
  closing_round: boolean;
  version: string;
  started_at: Date | null;
  ended_at: Date | null;
  harvest_approved_at: Date | null;
  listener_session_id: string | null;
  cancelled_at: Date | null;
  cancel_message: string;
  rescheduled_from: Date | null;
  created_by: string | null;
}

/** The conversation with how the viewer stands to it. */
export interface ViewedConversationRow extends ConversationRow {
  viewer_is_listener: boolean;
  viewer_in_team: boolean;
}

export interface StatementRow {
  id: string;
  question_id: string | null;
  participant_id: string | null;
  body: string;
  theme_ids: string[];
  value_tags: MirrorValueTag[];
  quotable: boolean;
  in_harvest: boolean;
  created_at: Date;
  edited_at: Date | null;
}

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
