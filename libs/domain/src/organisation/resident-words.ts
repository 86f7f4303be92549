import type { Language } from '../i18n/language';
import { dutchPlural } from './dutch-plural';

/** The word an organisation has until it chooses its own (the database default, domain guide §1: "bewoner"). */
export const DEFAULT_RESIDENT_TERM = 'bewoner';

/**
 * The forms of an organisation's word for the people it cares for, under the
 * names the interface texts use as placeholders ({{residents}}, {{theResident}}):
 * the same names in every language, so a text and its translation take the same.
 * A type, not an interface, so it passes as the values of a translation as it is.
 */
export type ResidentWords = {
  /** "deelnemer" */
  resident: string;
  /** "deelnemers" */
  residents: string;
  /** "Deelnemer", to start a sentence or a title */
  Resident: string;
  /** "Deelnemers" */
  Residents: string;
  /** "de deelnemer", "het kind", "the participant" */
  theResident: string;
  /** "een deelnemer", "a participant", "an oudere" */
  aResident: string;
  /** Their register of pseudonyms, inside a sentence: "deelnemersregister", "register van mensen met een zorgvraag" */
  register: string;
  /** "Deelnemersregister", "Register van mensen met een zorgvraag", "Participants register", "Register of young people" */
  Register: string;
};

/**
 * The English for the words organisations are offered or use most (ProfileSection's hint, the demo). Another word
 * is the organisation's own vocabulary, which English readers there know too, so it stays as typed.
 */
const ENGLISH: Record<string, [one: string, many: string]> = {
  bewoner: ['resident', 'residents'],
  deelnemer: ['participant', 'participants'],
  jongere: ['young person', 'young people'],
  gast: ['guest', 'guests'],
  cliënt: ['client', 'clients'],
};

/** Words after which a term describes its noun: "mens met een zorgvraag" is inflected as "mens". */
const DESCRIPTION = /\s(met|van|in|uit|op|zonder|voor|bij|die)\s/i;

/**
 * The register of pseudonyms under the plural: one word joins it as a Dutch compound ("deelnemersregister"), but a
 * term of several words ("mensen met een zorgvraag") or a plural with an apostrophe ("baby's") does not compound,
 * so those say whose register it is after it.
 */
function registerOf(residents: string, language: Language): string {
  const compounds = !/[\s']/.test(residents);
  if (language === 'en') return compounds ? `${residents} register` : `register of ${residents}`;
  // "kinderen" compounds as "kinder" (kinderarts, kinderopvang): "kinderregister".
  return compounds ? `${residents.replace(/kinderen$/i, 'kinder')}register` : `register van ${residents}`;
}

/** English takes "an" before a vowel ("an oudere", "an inhabitant"); Dutch always "een". */
function indefinite(word: string, language: Language): string {
  if (language === 'nl') return `een ${word}`;
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function capitalised(word: string): string {
  // Dutch writes the digraph ij as one letter: IJsselmonde, not Ijsselmonde.
  return /^ij/i.test(word) ? `IJ${word.slice(2)}` : `${word.charAt(0).toLocaleUpperCase('nl')}${word.slice(1)}`;
}

/** As typed, but "Deelnemer" (a capital from the form, not from the word) is "deelnemer" inside a sentence. */
function inSentence(term: string): string {
  return /^\p{Lu}\p{Ll}/u.test(term) ? `${term.charAt(0).toLocaleLowerCase('nl')}${term.slice(1)}` : term;
}

/**
 * The forms of an organisation's own word for the people it cares for
 * (`residentTerm`, "bewoner" when empty) in a language: the word, its
 * plural, capitalised, with its article, and the name of their register.
 */
export function residentWords(term: string, language: Language): ResidentWords {
  const word = inSentence(term.trim().replace(/\s+/g, ' ')) || DEFAULT_RESIDENT_TERM;
  const english = language === 'en' ? ENGLISH[word.toLowerCase()] : undefined;
  if (english) {
    const [resident, residents] = english;
    const register = registerOf(residents, language);
    return {
      resident,
      residents,
      Resident: capitalised(resident),
      Residents: capitalised(residents),
      theResident: `the ${resident}`,
      aResident: indefinite(resident, language),
      register,
      Register: capitalised(register),
    };
  }
  const split = DESCRIPTION.exec(word);
  const head = split ? word.slice(0, split.index) : word;
  const rest = split ? word.slice(split.index) : '';
  const noun = head.split(' ').pop() ?? head;
  const residents = `${head.slice(0, head.length - noun.length)}${dutchPlural(noun)}${rest}`;
  // Persons are "de" in Dutch, except a diminutive and the few neuter person nouns (het kind, het lid).
  const article = language === 'en' ? 'the' : /(je|kind|lid)$/i.test(noun) ? 'het' : 'de';
  const register = registerOf(residents, language);
  return {
    resident: word,
    residents,
    Resident: capitalised(word),
    Residents: capitalised(residents),
    theResident: `${article} ${word}`,
    aResident: indefinite(word, language),
    register,
    Register: capitalised(register),
  };
}
