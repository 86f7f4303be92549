import type { MirrorConsentScope } from '@kring/domain';
import { sqlLiteral } from '../database/utils/sql-literal';

/**
 * SQL: a mirror-conversation participant's consent as it stands now, the scopes of their grants that were not
 * withdrawn, for the participant id `participant` (an SQL expression). Joined wherever their words are shown or
 * counted, so a withdrawal takes effect at the next read, everywhere.
 */
export function activeScopesOf(participant: string): string {
  return `ARRAY(SELECT mc.scope::text FROM mirror_consent mc WHERE mc.participant_id = ${participant} AND mc.withdrawn_at IS NULL ORDER BY mc.scope)`;
}

/** SQL: every one of `scopes` (a domain rule's list) stands for the participant `participant`. */
export function scopesStand(participant: string, scopes: readonly MirrorConsentScope[]): string {
  return `${sqlLiteral(scopes)}::text[] <@ ${activeScopesOf(participant)}`;
}
