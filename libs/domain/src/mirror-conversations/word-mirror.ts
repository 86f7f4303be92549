import { enoughSources, shownCount } from '../privacy/suppression';

/**
 * The two-sided mirror of a mirror conversation: per harvest theme, what
 * relatives find important (wat vind ik belangrijk) next to what they
 * experience (wat ervaar ik), answered beforehand in their own words. It is
 * shown per phrase — "eigen ritme", "vertrouwde gezichten" — with how many
 * people used it on each side, so the gap between the two sides is what
 * starts the conversation: never a score and never per person (domain guide §5, §8).
 */

/** A phrase is shown only when at least this many people used it, so no phrase points at one person. */
export const MIRROR_MIN_PHRASE_COUNT = 2;

/** Enough phrases to start a conversation; the full answers are not shown anyway. */
export const MIRROR_MAX_PHRASES = 10;

export interface ThemeAnswer {
  readonly important: string;
  readonly experienced: string;
}

export interface PhraseCount {
  /** The phrase as most people wrote it. */
  readonly phrase: string;
  /** People who named it as important; null when fewer than five (the one small-number rule: 2, 3 or 4 people point at people too). */
  readonly important: number | null;
  /** People who named it as experienced; null as above. */
  readonly experienced: number | null;
}

export interface ThemeMirror {
  readonly themeId: string;
  /** People who wrote something on either side for this theme. */
  readonly respondents: number;
  /** False when too few people answered (the one small-number suppression rule); the phrases are then left out entirely. */
  readonly shown: boolean;
  readonly phrases: readonly PhraseCount[];
}

/**
 * Common words that say nothing on their own (lidwoorden, voornaamwoorden,
 * hulpwerkwoorden…), and the most common English ones, as the page is also in English.
 */
const STOPWORDS = new Set(
  `aan al alle alles als altijd ander andere anders ben bij bijna daar daarom dan dat de deze die dit doe doen door dus
  echt een eens en er erg ge geen gehad geweest gewoon haar had hadden heb hebben heeft heel hem het hier hij hoe hun
  iemand iets ik in ja je jij kan kon kunnen lijkt maar me meer men met mij mijn moet moeten na naar nee niet niets nog
  nou nu om omdat ons onze ook op over soms te tegen toch toe tot u uit uw vaak van veel via vind vinden voel voelt voor
  vooral waar wanneer want waren was wat we weer wel werd wie wij wil willen word worden wordt zal ze zeer zei zelf zich
  zij zijn zo zoals zou zouden
  the and of to it that this with for are was not`.split(/\s+/),
);

/** Words that join two separate things inside one sentence: "rust en aandacht" is two phrases. */
const JOINERS = /\s+(?:en|of|maar|want|omdat|and|or|but)\s+/giu;

/**
 * The key a word is counted under: lower case without accents, and the
 * simplest Dutch endings taken off (meervoud -en/-s, buigings-e, een dubbele
 * medeklinker daarvoor), so "vertrouwde gezichten" and "vertrouwd gezicht" count as one.
 * Only a key: the phrase is shown as people wrote it.
 */
export function wordKey(word: string): string {
  let key = word.toLocaleLowerCase('nl-NL').normalize('NFD').replace(/\p{M}/gu, '');
  if (key.length > 5 && key.endsWith('en')) key = key.slice(0, -2);
  else if (key.length > 5 && key.endsWith('s') && !key.endsWith('ss')) key = key.slice(0, -1);
  else if (key.length > 4 && key.endsWith('e') && !key.endsWith('ee')) key = key.slice(0, -1);
  return key.replace(/([bdfgklmnprst])\1$/u, '$1');
}

export interface Phrase {
  /** The phrase as written, from its first to its last meaningful word (lower case). */
  readonly text: string;
  readonly key: string;
}

/** A word that carries meaning on its own: long enough and not a stop word. */
const carriesMeaning = (word: string) => word.length >= 3 && !STOPWORDS.has(word.toLocaleLowerCase('nl-NL'));

/**
 * The distinct phrases of one answer: split at punctuation and joining words.
 * Only the words that carry meaning make the key ("rust in huis" and "rust
 * huis" count as one), but the phrase is shown whole, from its first to its
 * last meaningful word: "rust in huis", never "rust huis" (issue #14).
 */
export function phrasesOf(answer: string): Phrase[] {
  const seen = new Map<string, Phrase>();
  for (const part of answer.split(/[.,;:!?()\n\r/]+/u).flatMap((p) => p.split(JOINERS))) {
    const all = part.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
    const first = all.findIndex(carriesMeaning);
    if (first < 0) continue;
    const last = all.findLastIndex(carriesMeaning);
    const key = all.filter(carriesMeaning).map(wordKey).join(' ');
    if (!seen.has(key))
      seen.set(key, {
        text: all
          .slice(first, last + 1)
          .join(' ')
          .toLocaleLowerCase('nl-NL'),
        key,
      });
  }
  return [...seen.values()];
}

interface Tally {
  important: number;
  experienced: number;
  /** How often each written form was used, to show the most common one. */
  forms: Map<string, number>;
}

/**
 * Phrases used by at least MIRROR_MIN_PHRASE_COUNT people on either side; the widest gap first, then the most used,
 * both judged on the counts as shown: ordered on the hidden counts, the place of a phrase would give back a count that
 * reads "minder dan 5" (a row with 7/5 above one with 6/hidden says the hidden one is 4).
 */
export function phraseCounts(answers: readonly ThemeAnswer[]): PhraseCount[] {
  const tallies = new Map<string, Tally>();
  const count = (text: string, side: 'important' | 'experienced') => {
    for (const phrase of phrasesOf(text)) {
      const tally = tallies.get(phrase.key) ?? { important: 0, experienced: 0, forms: new Map<string, number>() };
      tally[side] += 1;
      tally.forms.set(phrase.text, (tally.forms.get(phrase.text) ?? 0) + 1);
      tallies.set(phrase.key, tally);
    }
  };
  for (const answer of answers) {
    count(answer.important, 'important');
    count(answer.experienced, 'experienced');
  }
  return [...tallies.values()]
    .filter((t) => t.important >= MIRROR_MIN_PHRASE_COUNT || t.experienced >= MIRROR_MIN_PHRASE_COUNT)
    .map((t) => ({
      phrase: [...t.forms].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'nl'))[0][0],
      important: shownCount(t.important),
      experienced: shownCount(t.experienced),
    }))
    .sort((a, b) => {
      const [ai, ae, bi, be] = [a.important ?? 0, a.experienced ?? 0, b.important ?? 0, b.experienced ?? 0];
      return Math.abs(bi - be) - Math.abs(ai - ae) || bi + be - (ai + ae) || a.phrase.localeCompare(b.phrase, 'nl');
    })
    .slice(0, MIRROR_MAX_PHRASES);
}

/** The mirror of one theme from everyone's answers (one answer per person). */
export function themeMirror(themeId: string, answers: readonly ThemeAnswer[]): ThemeMirror {
  const given = answers.filter((a) => a.important.trim() !== '' || a.experienced.trim() !== '');
  // The single small-number rule of the domain: fewer than five people are too few to show anything of.
  const shown = enoughSources(given.length);
  return { themeId, respondents: given.length, shown, phrases: shown ? phraseCounts(given) : [] };
}
