import { LocalizedText } from './localized-text';

/** General guiding questions from the sources (domain guide §3), usable in any session. */
export const GUIDING_QUESTIONS: readonly LocalizedText[] = [
  { nl: 'Wat is hier goede zorg?', en: 'What is good care here?' },
  { nl: 'Wie mag ik voor de ander zijn?', en: 'Who may I be for the other?' },
  { nl: 'Doet dit goed? Is dit verstandig?', en: 'Does this do good? Is this wise?' },
  { nl: 'Waar gaat het hier werkelijk om?', en: 'What is this really about?' },
  { nl: 'Wat staat er voor deze bewoner op het spel?', en: 'What is at stake for this resident?' },
];
