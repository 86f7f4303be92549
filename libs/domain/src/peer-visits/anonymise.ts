import { Language } from '../i18n/language';
import { findCalendarDays } from '../privacy/detect-dates';
import { findIdentifyingDetails, nameVariants } from '../privacy/identifying-details';
import { maskIdentifyingDetails } from '../privacy/warnings';

/** Names that could point at the organisations of a visit. */
export interface KnownNames {
  /** People: full names, first names and surnames are all masked. */
  readonly people: readonly string[];
  /** Organisations, locations, places and teams: the whole name and its proper part ("De Hoeve", "Hoeve"). */
  readonly places: readonly string[];
}

const PARTICLES = new Set(['de', 'het', 'den', 'der', "'t", 'van', 'te', 'ter', 'ten', 'op', 'in']);

/**
 * "Zorgboerderij De Hoeve" gives itself, "De Hoeve" and "Hoeve": every tail
 * that starts with a capitalised word. A lone article or a generic word in
 * lower case ("wonen") is never masked on its own.
 */
export function placeNameVariants(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const tails = words
    .map((_, i) => words.slice(i))
    .filter((tail) => /^\p{Lu}/u.test(tail[0]) && tail.some((w) => !PARTICLES.has(w.toLowerCase())))
    .map((tail) => tail.join(' '));
  return [...new Set([words.join(' '), ...tails])].filter((v) => v.length >= 4);
}

/** The placeholder of a day in a text that left its organisation. */
const DAY_MASK: Record<Language, string> = { nl: '[datum]', en: '[date]' };

/**
 * What leaves an organisation for the network is anonymised (domain guide
 * §8): names of the organisations, places and people involved, and any
 * other identifying detail the guard finds, become placeholders such as
 * "[naam]"; so does every day named in the text ("[datum]"), as the dates of
 * a visit are left out of its network version (a quarter says when, a day
 * points at the visit). Used for network-shared mirror reports, the network
 * harvest and year overviews.
 */
export function anonymise(text: string, known: KnownNames, language: Language): string {
  const names = [...known.people.flatMap(nameVariants), ...known.places.flatMap(placeNameVariants)];
  const masked = maskIdentifyingDetails(text, findIdentifyingDetails(text, { knownNames: names }), language);
  // After the details: a birth date keeps its own word ("[geboortedatum]"); a day found twice is masked once.
  let result = '';
  let cursor = 0;
  for (const day of findCalendarDays(masked).sort((a, b) => a.start - b.start)) {
    if (day.start < cursor) continue;
    result += `${masked.slice(cursor, day.start)}${DAY_MASK[language]}`;
    cursor = day.end;
  }
  return result + masked.slice(cursor);
}
