import { DEFAULT_RESIDENT_TERM } from '@kring/domain';

/**
 * The word for the people cared for in a text about these organisations (one,
 * or all of the viewer's for the menu and the home page): the word they share,
 * or Kring's own when they use different words or there are none. Spelled
 * with a capital or spaces ("Deelnemer ") it is still the same word.
 */
export function residentTermOf(organisations: readonly { residentTerm: string }[]): string {
  const terms = organisations.map((o) => o.residentTerm.trim() || DEFAULT_RESIDENT_TERM);
  const [first] = terms;
  const shared = first !== undefined && terms.every((term) => term.toLocaleLowerCase('nl') === first.toLocaleLowerCase('nl'));
  return shared ? first : DEFAULT_RESIDENT_TERM;
}
