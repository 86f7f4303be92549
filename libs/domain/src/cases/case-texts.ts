import { LIMITS } from '../validation/limits';
import { LocalizedText } from '../values/localized-text';

/** Sizes of the parts of a case, shared by the API (enforced) and the web (shown). */
export const CASE_LIMITS = {
  title: LIMITS.name,
  displayPseudonym: 60,
  /** A short life-story note (levensverhaal) and the belastbaarheid note: a paragraph or two. */
  note: 2_000,
  chapterTitle: LIMITS.name,
  chapterBody: LIMITS.longText,
  consentNote: LIMITS.shortText,
  /** Names and nicknames per resident in the pseudonym register. */
  watchNames: 20,
} as const;

/**
 * Cases are written in chapters; these are the usual titles (domain guide §4),
 * offered as suggestions. Any title may be used.
 */
export const CHAPTER_TITLE_SUGGESTIONS: readonly LocalizedText[] = [
  { nl: 'Het begin', en: 'The beginning' },
  { nl: 'Hoe het verder ging', en: 'How it went on' },
  { nl: 'Een nieuw hoofdstuk', en: 'A new chapter' },
];
