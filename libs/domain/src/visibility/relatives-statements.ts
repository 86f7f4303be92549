import type { MirrorConsentScope } from '../mirror-conversations/consent';
import { LocalizedText } from '../values/localized-text';

/**
 * Statements of relatives in a mirror conversation (domain guide §5): Kring
 * keeps them only from a relative who takes part. Someone marked "(doet niet
 * mee)" was promised that nothing they say is kept, so the moderator cannot
 * record a statement in their name. Who later reads a kept statement follows
 * the relative's own consent scopes (QUOTE_AUDIENCES in mirror-conversations).
 */
export function mayKeepStatementOf(activeScopes: readonly MirrorConsentScope[]): boolean {
  return activeScopes.includes('take_part');
}

export const NOT_TAKING_PART_SENTENCE: LocalizedText = {
  nl: 'Deze naaste doet niet mee: Kring bewaart geen uitspraken van deze naaste.',
  en: 'This relative does not take part: Kring keeps no statements of theirs.',
};
