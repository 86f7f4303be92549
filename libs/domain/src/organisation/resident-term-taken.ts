/**
 * Whether an organisation's word for its residents is the word Kring already
 * uses for their family and friends ("naaste"): a mirror conversation's
 * pseudonyms would then read "Naaste A" for a resident and for a relative
 * alike, and every sentence that names both would mix them up.
 */
export function residentTermTaken(term: string): boolean {
  return /^naasten?$/.test(term.trim().toLocaleLowerCase('nl'));
}
