/**
 * PostgreSQL's `dutch` configuration (the Snowball stemmer) joins plurals and
 * inflections — "bewoners" and "bewoner" — but not the past tense of weak
 * verbs: "wandelde" stems to 'wandeld', "wandelen" to 'wandel'. Teams write
 * what happened in the past tense and search in the infinitive, or the other
 * way round, so the library adds the infinitive of such words, both to what
 * is indexed and to what is searched for. These are the regular spelling
 * rules of weak verbs; strong verbs (liep, ging) stay as the stemmer has them.
 */
const VOWELS = 'aeiouy';
const PAST = /^([a-zë]{3,}?)(den|ten|de|te)$/;
const PARTICIPLE = /^ge([a-zë]{3,})([dt])$/;

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter);
}

/** Syllables as vowel groups: "wandel" has two, "stop" one, "luister" two. */
function vowelGroups(stem: string): number {
  return stem.split('').filter((letter, i) => isVowel(letter) && !isVowel(stem[i - 1])).length;
}

/** The infinitive that a stem of a weak verb belongs to: kook → koken, stop → stoppen, wandel → wandelen. */
function infinitiveOf(stem: string, voiced: boolean): string | null {
  const last = stem[stem.length - 1];
  if (isVowel(last)) return null;
  // "'t kofschip": after de/den an f or s was a v or z in the infinitive (leefde → leven, verhuisde → verhuizen).
  let base = voiced && last === 'f' ? `${stem.slice(0, -1)}v` : voiced && last === 's' ? `${stem.slice(0, -1)}z` : stem;
  const [a, b, c] = base.slice(-3);
  if (a === b && isVowel(a) && !isVowel(c) && !isVowel(base[base.length - 4])) {
    // An open syllable needs one vowel: kook → koken, hoor → horen.
    base = `${base.slice(0, -2)}${c}`;
  } else if (isVowel(b) && !isVowel(a) && !isVowel(c) && vowelGroups(base) === 1 && !'wjx'.includes(c)) {
    // A short vowel in one closed syllable keeps its sound by doubling: stop → stoppen, bel → bellen.
    base = `${base}${c}`;
  }
  return `${base}en`;
}

/** The infinitive a past-tense form or past participle seems to belong to, or null. */
export function infinitiveGuess(word: string): string | null {
  const lower = word.toLowerCase();
  const past = PAST.exec(lower);
  if (past) return infinitiveOf(past[1], past[2].startsWith('d'));
  const participle = PARTICIPLE.exec(lower);
  if (participle) return infinitiveOf(participle[1], participle[2] === 'd');
  return null;
}

const WORD = /[\p{L}]+/gu;

/** The infinitives of the past-tense words in a text, for the index (empty when there are none). */
export function infinitivesIn(text: string): string {
  return [...new Set([...text.matchAll(WORD)].flatMap(([word]) => infinitiveGuess(word) ?? []))].join(' ');
}

/**
 * The search words with past-tense words put in the infinitive, to search
 * for alongside the words as typed; null when nothing changes. Operators of
 * the search syntax (quotes, OR, a leading minus) stay where they are.
 */
export function searchWithInfinitives(query: string): string | null {
  let changed = false;
  const rewritten = query.replace(WORD, (word) => {
    const guess = word === 'OR' || word === 'or' ? null : infinitiveGuess(word);
    if (!guess) return word;
    changed = true;
    return guess;
  });
  return changed ? rewritten : null;
}
