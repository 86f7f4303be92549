/**
 * The two-sided mirror of a mirror conversation: per harvest theme, what
 * relatives find important (wat vind ik belangrijk) next to what they
 * experience (wat ervaar ik), answered beforehand in their own words. It is
 * shown as words and how many people used them — a conversation starter,
 * never a score and never per person (domain guide §5, §8).
 */

/** Small-group suppression: a theme's mirror is hidden until this many people answered it. */
export const MIRROR_MIN_RESPONDENTS = 5;

/** A word is shown only when at least this many people used it, so no word points at one person. */
export const MIRROR_MIN_WORD_COUNT = 2;

/** Enough words to start a conversation; the full answers are not shown anyway. */
export const MIRROR_MAX_WORDS = 10;

export interface ThemeAnswer {
  readonly important: string;
  readonly experienced: string;
}

export interface WordCount {
  readonly word: string;
  /** How many people used the word (each person counts once). */
  readonly count: number;
}

export interface ThemeMirror {
  readonly themeId: string;
  /** People who wrote something on either side for this theme. */
  readonly respondents: number;
  /** False below MIRROR_MIN_RESPONDENTS; the words are then left out entirely. */
  readonly shown: boolean;
  readonly important: readonly WordCount[];
  readonly experienced: readonly WordCount[];
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

/** The distinct meaningful words of one answer, lower case; at least three letters. */
export function meaningfulWords(text: string): Set<string> {
  const words = text.toLocaleLowerCase('nl-NL').match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 3 && !STOPWORDS.has(word)));
}

/** Words used by at least MIRROR_MIN_WORD_COUNT people, most used first, then alphabetically. */
export function wordCounts(texts: readonly string[]): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of meaningfulWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= MIRROR_MIN_WORD_COUNT)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'nl'))
    .slice(0, MIRROR_MAX_WORDS)
    .map(([word, count]) => ({ word, count }));
}

/** The mirror of one theme from everyone's answers (one answer per person). */
export function themeMirror(themeId: string, answers: readonly ThemeAnswer[]): ThemeMirror {
  const given = answers.filter((a) => a.important.trim() !== '' || a.experienced.trim() !== '');
  const shown = given.length >= MIRROR_MIN_RESPONDENTS;
  return {
    themeId,
    respondents: given.length,
    shown,
    important: shown ? wordCounts(given.map((a) => a.important)) : [],
    experienced: shown ? wordCounts(given.map((a) => a.experienced)) : [],
  };
}
