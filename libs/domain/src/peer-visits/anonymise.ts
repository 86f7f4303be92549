import { Language } from '../i18n/language';
import { findIdentifyingDetails, nameVariants } from '../privacy/identifying-details';
import { maskIdentifyingDetails } from '../privacy/warnings';

/**
 * What leaves an organisation for the network is anonymised (domain guide
 * §8): names of the organisations, places and people involved, and any
 * other identifying detail the guard finds, become placeholders such as
 * "[naam]". Used for network-shared mirror reports and the network harvest.
 */
export function anonymise(text: string, knownNames: readonly string[], language: Language): string {
  const names = knownNames.flatMap(nameVariants);
  return maskIdentifyingDetails(text, findIdentifyingDetails(text, { knownNames: names }), language);
}
