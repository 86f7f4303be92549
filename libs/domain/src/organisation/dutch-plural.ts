/**
 * The plural of a Dutch noun for a person, by the regular spelling rules. An
 * organisation types its word for the people it cares for once ("bewoner",
 * "deelnemer", "jongere", "gast"), and sentences need its plural too; asking
 * for both would be a second field nobody expects. The rules cover the words
 * such organisations use; an unusual word gets a regular guess.
 */
const IRREGULAR: readonly [string, string][] = [
  ['kind', 'kinderen'],
  ['lid', 'leden'],
];

/** A short vowel in a closed final syllable: gezin → gezinnen, pupil → pupillen (not after -ig, -ik, -ing: koning → koningen). */
const SHORT_VOWEL_END = /(?<![aeiouy])[aeiou][bdfgklmnprst]$/i;
const UNSTRESSED_END = /(ig|ik|ing|lijk)$/i;
/** A long vowel written double drops one in the open syllable of the plural: huisgenoot → huisgenoten, buur → buren. */
const LONG_VOWEL_END = /(?<![aeiouy])(aa|ee|oo|uu)([^aeiouy])$/i;

export function dutchPlural(noun: string): string {
  const irregular = IRREGULAR.find(([singular]) => noun.toLowerCase().endsWith(singular));
  if (irregular) return `${noun.slice(0, -irregular[0].length)}${irregular[1]}`;
  // A diminutive, a French or stressed ending, and a schwa before l, m, n or r take -s: meisje, logé, familie, bewoner, jongen.
  if (/(je|é|ee|ie)$/i.test(noun) || /(?<![aeiouy])e[lmnr]$/i.test(noun)) return `${noun}s`;
  // A single vowel at the end keeps its sound with an apostrophe: opa's, baby's.
  if (/[aiouy]$/i.test(noun)) return `${noun}'s`;
  // A noun made of an adjective: jongere → jongeren, oudere → ouderen.
  if (/e$/i.test(noun)) return `${noun}n`;
  if (SHORT_VOWEL_END.test(noun) && !UNSTRESSED_END.test(noun)) return `${noun}${noun.slice(-1)}en`;
  const stem = noun.replace(LONG_VOWEL_END, (_, vowel: string, consonant: string) => `${vowel[0]}${consonant}`);
  // After a vowel, f and s are voiced in the plural: baas → bazen, neef → neven, huis → huizen (but mens → mensen).
  const voiced = stem.replace(/(?<=[aeiouy])f$/i, 'v').replace(/(?<=[aeiouy])s$/i, 'z');
  return `${voiced}en`;
}
