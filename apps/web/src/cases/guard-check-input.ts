import { LIMITS } from '@kring/domain';

/** What the guard's check (Query.checkIdentifyingDetails) is asked about one text. */
export interface GuardCheckInput {
  text: string;
  alsoPerson: string | null;
}

/**
 * What to send to the guard's check for a text, or nothing when there is nothing to ask. An empty text has nothing to
 * find. A text longer than the longest any form keeps (LIMITS.longText), or a typed name longer than a name may be,
 * the check itself refuses, and the form said so as the check failing ("Controleer de invoer: Tekst mag hoogstens
 * 20.000 tekens lang zijn") on top of the box's own "Dit zijn 20.050 tekens". Nothing goes unchecked into Kring for
 * it: the save is refused for the length too, and once shortened the text is checked again.
 */
export function guardCheckInput(text: string, alsoPerson: string): GuardCheckInput | undefined {
  if (text === '' || text.length > LIMITS.longText) return undefined;
  const person = alsoPerson.trim();
  return { text, alsoPerson: person && person.length <= LIMITS.name ? person : null };
}
