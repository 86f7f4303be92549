import type { MirrorConsentScope } from '../mirror-conversations/consent';

/** The consent scope a relative's statement needs (the API's one-statement form checks it in SQL). */
export const STATEMENT_NEEDS_SCOPE: MirrorConsentScope = 'take_part';

/**
 * Statements of relatives in a mirror conversation (domain guide §5): Kring
 * keeps them only from a relative who takes part. Someone marked "(doet niet
 * mee)" was promised that nothing they say is kept, so the moderator cannot
 * record a statement in their name. Who later reads a kept statement follows
 * the relative's own consent scopes (QUOTE_AUDIENCES in mirror-conversations).
 */
export function mayKeepStatementOf(activeScopes: readonly MirrorConsentScope[]): boolean {
  return activeScopes.includes(STATEMENT_NEEDS_SCOPE);
}
