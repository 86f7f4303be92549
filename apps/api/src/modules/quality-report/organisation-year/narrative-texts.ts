import { Language } from '@kring/domain';

/**
 * The sentences of the quality report's narrative draft, in both languages.
 * Placeholders in braces; counted words come from `counted` so "1 sessie" and
 * "6 sessies" read right.
 */
const NARRATIVE = {
  learned: { nl: 'Wat we leerden', en: 'What we learned' },
  tried: { nl: 'Wat we probeerden en hoe het ging', en: 'What we tried and how it went' },
  relatives: { nl: 'Wat naasten ons vertelden', en: 'What relatives told us' },
  peers: { nl: 'Wat collega’s ons spiegelden', en: 'What peers mirrored back' },
  stories: { nl: 'Verhalen', en: 'Stories' },

  sessionsHeld: { nl: 'In {year} hielden we {sessions}: {methods}.', en: 'In {year} we held {sessions}: {methods}.' },
  noSessions: { nl: 'In {year} hielden we geen reflectiesessies in Kring.', en: 'In {year} we held no reflection sessions in Kring.' },
  participants: {
    nl: 'Wie meedeed, zonder namen en per rol geteld (wie meerdere rollen heeft, telt bij elke rol): {roles}.',
    en: 'Who took part, without names and counted by role (someone with several roles counts under each): {roles}.',
  },
  insightsIntro: {
    nl: 'Wat we leerden, uit de verslagen die de gespreksleider goedkeurde:',
    en: 'What we learned, from the reports the moderator approved:',
  },
  insight: { nl: '{text} ({method}, {date})', en: '{text} ({method}, {date})' },
  sessionsUnapproved: {
    nl: 'Van {sessions} is het verslag nog niet goedgekeurd door de gespreksleider; de leerpunten daarvan staan hier (nog) niet.',
    en: 'The moderator has not approved the report of {sessions} yet; their insights are not included (yet).',
  },

  practicesTried: { nl: 'We probeerden {practices} uit: {statuses}.', en: 'We tried {practices}: {statuses}.' },
  practice: { nl: '{what} ({origin}): {status}.', en: '{what} ({origin}): {status}.' },
  practiceReview: { nl: 'Hoe ging het: {review}', en: 'How it went: {review}' },
  practiceNoReview: { nl: 'Hier is nog niet op teruggekeken.', en: 'Nobody has looked back on it yet.' },

  conversationsHeld: {
    nl: 'We hielden {conversations} met naasten en {residents}.',
    en: 'We held {conversations} with relatives and {residents}.',
  },
  conversationParticipants: {
    nl: 'Wie meedeed en daar toestemming voor gaf: {participants}.',
    en: 'Who took part and consented to it: {participants}.',
  },
  harvestTheme: {
    nl: 'In het spiegelgesprek “{conversation}” ({date}), over {theme}: {summary}',
    en: 'In the mirror conversation “{conversation}” ({date}), on {theme}: {summary}',
  },
  quotesLeftOut: {
    nl: 'Uit “{conversation}” laten we {quotes} weg: de naaste gaf geen toestemming om die binnen de organisatie te delen, of trok die toestemming in.',
    en: 'From “{conversation}” we leave out {quotes}: the relative did not consent to sharing them within the organisation, or withdrew that consent.',
  },

  visitsHeld: {
    nl: 'We ontvingen {hosted} van collega-ondernemers uit het lerend netwerk en gingen zelf {made} op visitatie.',
    en: 'We hosted {hosted} by fellow entrepreneurs from the learning network and visited others {made}.',
  },
  visitFocus: {
    nl: 'Bij de visitatie van {date} was onze focusvraag: “{question}”',
    en: 'At the visit on {date} our focus question was: “{question}”',
  },
  visitOn: { nl: 'Bij de visitatie van {date}:', en: 'At the visit on {date}:' },
  visitMirror: { nl: 'De bezoekers spiegelden: {summary}', en: 'The visitors mirrored: {summary}' },
  visitFocusAnswer: { nl: 'Ons antwoord op de focusvraag: {body}', en: 'Our answer to the focus question: {body}' },
  visitQuestion: { nl: 'Op de vraag “{question}” zeiden we: {body}', en: 'To the question “{question}” we said: {body}' },
  visitReflection: { nl: 'Onze reflectie als gastheer: {reflection}', en: 'Our reflection as host: {reflection}' },
  visitFindings: { nl: 'Het spiegelrapport bevat {notes}: {types}.', en: 'The mirror report holds {notes}: {types}.' },
  visitChosen: { nl: 'Daaruit kozen we {practices} om te proberen.', en: 'From it we chose {practices} to try.' },
  visitTheme: { nl: 'Na de visitatie van {date}, over {theme}: {body}', en: 'After the visit on {date}, on {theme}: {body}' },
  visitsLeftOut: {
    nl: 'Van {visits} hield de gastheer het spiegelrapport binnen de visitatie of een team; dat rapport staat hier niet.',
    en: 'Of {visits} the host kept the mirror report within the visit or a team; it is not included here.',
  },

  story: { nl: '“{title}”: {body}', en: '“{title}”: {body}' },
  storiesLeftOut: {
    nl: 'We laten {stories} van dit jaar weg: zonder toestemming van de verteller om het met iedereen te delen (zoals in dit verslag), blijft een verhaal binnen de organisatie.',
    en: 'We leave out {stories} from this year: without the storyteller’s consent to share it with everyone (as in this report), a story stays within the organisation.',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** Words that are counted in the narrative, singular and plural. */
const COUNTED = {
  session: { nl: ['reflectiesessie', 'reflectiesessies'], en: ['reflection session', 'reflection sessions'] },
  practice: { nl: ['nieuwe werkwijze', 'nieuwe werkwijzen'], en: ['new practice', 'new practices'] },
  conversation: { nl: ['spiegelgesprek', 'spiegelgesprekken'], en: ['mirror conversation', 'mirror conversations'] },
  quote: { nl: ['uitspraak', 'uitspraken'], en: ['statement', 'statements'] },
  visit: { nl: ['visitatie', 'visitaties'], en: ['visit', 'visits'] },
  times: { nl: ['keer', 'keer'], en: ['time', 'times'] },
  note: { nl: ['beeld', 'beelden'], en: ['observation', 'observations'] },
  thing: { nl: ['ding', 'dingen'], en: ['thing', 'things'] },
  story: { nl: ['verhaal', 'verhalen'], en: ['story', 'stories'] },
} as const satisfies Record<string, Record<Language, readonly [string, string]>>;

type NarrativeKey = keyof typeof NARRATIVE;

export function counted(count: number, word: keyof typeof COUNTED, language: Language): string {
  const [one, many] = COUNTED[word][language];
  return `${count} ${count === 1 ? one : many}`;
}

export function say(key: NarrativeKey, language: Language, values: Record<string, string | number> = {}): string {
  return NARRATIVE[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A label mid-sentence: "Vaste werkwijze geworden" → "vaste werkwijze geworden". */
export function midSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('nl') + label.slice(1);
}

/** "a, b en c" / "a, b and c". */
export function listed(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}
