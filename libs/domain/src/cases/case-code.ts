import { residentWords } from '../organisation/resident-words';

/** Returns a whole number from 0 up to (not including) `max`; the API passes crypto.randomInt. */
export type RandomInt = (max: number) => number;

/**
 * Characters that cannot be mistaken for one another when read aloud, written
 * on a flip-over or typed from a printout: no 0/O, 1/I/L, and no U (which
 * reads like V in many hands).
 */
export const CASE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CASE_CODE_LENGTH = 4;
const CASE_CODE = new RegExp(`^C-[${CASE_CODE_ALPHABET}]{${CASE_CODE_LENGTH}}$`);

/**
 * A pseudonym code for a case, like "C-7KQ4": short enough to say in a
 * meeting, with about 810,000 possibilities per organisation. Uniqueness per
 * organisation is the database's job (the caller retries on a clash).
 */
export function generateCaseCode(randomInt: RandomInt): string {
  let code = '';
  for (let i = 0; i < CASE_CODE_LENGTH; i++) code += CASE_CODE_ALPHABET[randomInt(CASE_CODE_ALPHABET.length)];
  return `C-${code}`;
}

export function isCaseCode(value: string): boolean {
  return CASE_CODE.test(value);
}

/** Initials for generated pseudonyms: capitals only, again without I, L, O, U. */
const PSEUDONYM_INITIALS = 'ABCDEFGHJKMNPRSTVWZ';

/**
 * The display pseudonym a case gets when the author does not choose one: the
 * organisation's own word for the people it cares for and an initial, e.g.
 * "Bewoner K." or "Deelnemer R.". Never derived from the real name.
 */
export function defaultDisplayPseudonym(residentTerm: string, randomInt: RandomInt): string {
  const initial = PSEUDONYM_INITIALS[randomInt(PSEUDONYM_INITIALS.length)];
  return `${residentWords(residentTerm, 'nl').Resident} ${initial}.`;
}
