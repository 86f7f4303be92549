import { Language } from '../i18n/language';
import { LocalizedText } from '../values/localized-text';

/**
 * Retention as data (domain guide §8, issue #9 item 4): every kind of raw
 * material Kring keeps only for a while is declared here, once: where its
 * text is stored, what purges it, and why. The API's one purge mechanism
 * (engine/retention) carries out exactly these rules, the privacy page and
 * the sentences beside the text boxes are generated from them, and the
 * canary test plants text in every kind and proves it gone after its
 * trigger. A new kind of raw material is added here first; the type system
 * then asks for its purge statements and the test for its planting recipe.
 *
 * What is not declared here is not raw material and stays until its owner
 * removes it: approved harvests and reports, quotes chosen with consent,
 * the beelden in a closed mirror report, approved stories.
 */

/** Moments that purge raw material at once, in the same transaction as the moment itself. */
export const RETENTION_EVENTS = [
  'mirror_harvest_approved',
  'mirror_conversation_cancelled',
  'mirror_report_closed',
  'peer_visit_cancelled',
  'story_approved',
  'session_report_approved',
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

/** The moment in words, completing "Wordt gewist …" / "Deleted …". */
export const RETENTION_EVENT_LABELS: Readonly<Record<RetentionEvent, LocalizedText>> = {
  mirror_harvest_approved: {
    nl: 'zodra de oogst van het spiegelgesprek is goedgekeurd',
    en: 'as soon as the harvest of the mirror conversation is approved',
  },
  mirror_conversation_cancelled: { nl: 'zodra het spiegelgesprek wordt afgelast', en: 'as soon as the mirror conversation is cancelled' },
  mirror_report_closed: {
    nl: 'zodra het spiegelrapport van de visitatie is afgesloten',
    en: 'as soon as the mirror report of the visit is closed',
  },
  peer_visit_cancelled: { nl: 'zodra de visitatie wordt afgezegd', en: 'as soon as the visit is cancelled' },
  story_approved: { nl: 'zodra de verteller het verhaal goedkeurt', en: 'as soon as the storyteller approves the story' },
  session_report_approved: { nl: 'zodra het verslag van de sessie is goedgekeurd', en: 'as soon as the report of the session is approved' },
};

/** Where the text of a kind is stored, and whether purging deletes the rows or empties the columns (the row itself is needed). */
export interface RetainedText {
  table: string;
  columns: readonly string[];
  purge: 'delete_rows' | 'clear_columns';
}

export interface RetentionRule {
  kind: string;
  name: LocalizedText;
  /** What exactly, in plain words, for the privacy page. */
  description: LocalizedText;
  /** Every table and column that holds this kind's text. */
  stored: readonly RetainedText[];
  /** Purged at once when one of these happens; empty when only the period purges it. */
  events: readonly RetentionEvent[];
  /**
   * Also purged by the hourly sweep once older than the organisation's
   * chosen retention period (a backstop when the event never comes);
   * `once` is a further condition in words, null when there is none.
   */
  afterPeriod: { once: LocalizedText | null } | null;
  /**
   * Purged only in organisations that chose so on the privacy page (the
   * choice is kept in privacy_setting.chosen_purges); otherwise kept.
   */
  organisationChooses: boolean;
  /** When part of it stays (as a quote, in a report): said beside the box, so nobody thinks everything goes. */
  keptIf: LocalizedText | null;
  /** One line: why Kring does not keep it. */
  why: LocalizedText;
}

const declare = <const R extends readonly RetentionRule[]>(rules: R) => rules;

export const RETENTION_RULES = declare([
  {
    kind: 'mirror_listener_notes',
    name: { nl: 'Notities van luisteraars', en: "Listeners' notes" },
    description: {
      nl: 'Wat luisteraars bij een spiegelgesprek voor zichzelf opschreven, en hun verduidelijkende vragen.',
      en: 'What listeners at a mirror conversation wrote down for themselves, and their clarifying questions.',
    },
    stored: [{ table: 'mirror_listener_note', columns: ['body'], purge: 'delete_rows' }],
    events: ['mirror_harvest_approved', 'mirror_conversation_cancelled'],
    afterPeriod: { once: null },
    organisationChooses: false,
    keptIf: null,
    why: {
      nl: 'Ze helpen luisteraars om goed te luisteren; wat het team meeneemt staat in de oogst.',
      en: 'They help listeners to listen well; what the team takes along is in the harvest.',
    },
  },
  {
    kind: 'mirror_unused_statements',
    name: { nl: 'Uitspraken die niet in de oogst kwamen', en: 'Statements left out of the harvest' },
    description: {
      nl: 'Wat de gespreksleider tijdens een spiegelgesprek vastlegde en niet als citaat (met toestemming) in de oogst opnam.',
      en: 'What the moderator captured during a mirror conversation and did not take into the harvest as a quote (with consent).',
    },
    stored: [{ table: 'mirror_statement', columns: ['body'], purge: 'delete_rows' }],
    events: ['mirror_harvest_approved', 'mirror_conversation_cancelled'],
    afterPeriod: { once: { nl: 'het gesprek is afgelopen', en: 'the conversation has ended' } },
    organisationChooses: false,
    keptIf: {
      nl: 'Blijft alleen als het met toestemming als citaat in de oogst komt.',
      en: 'Stays only if it goes into the harvest as a quote, with consent.',
    },
    why: {
      nl: 'Naasten vertellen in vertrouwen; alleen wat als citaat met toestemming gekozen is, blijft.',
      en: 'Relatives speak in confidence; only what was chosen as a quote with consent stays.',
    },
  },
  {
    kind: 'mirror_relative_input',
    name: { nl: 'Wat naasten vooraf schreven', en: 'What relatives wrote beforehand' },
    description: {
      nl: 'De eigen tekst die een naaste vóór het spiegelgesprek op de persoonlijke pagina schreef.',
      en: 'The own text a relative wrote on their personal page before the mirror conversation.',
    },
    stored: [{ table: 'mirror_participant', columns: ['free_text'], purge: 'clear_columns' }],
    events: ['mirror_harvest_approved', 'mirror_conversation_cancelled'],
    afterPeriod: { once: { nl: 'het gesprek is afgelopen of afgelast', en: 'the conversation has ended or was cancelled' } },
    organisationChooses: false,
    keptIf: null,
    why: {
      nl: 'Het helpt de gespreksleider om het gesprek voor te bereiden; daarna is het niet meer nodig en het kan gevoelig zijn.',
      en: 'It helps the moderator prepare the conversation; after that it is no longer needed and it may be sensitive.',
    },
  },
  {
    kind: 'mirror_theme_answers',
    name: { nl: 'Belangrijk en ervaren, vooraf', en: 'Important and experienced, beforehand' },
    description: {
      nl: 'De woorden die een naaste vooraf per thema invulde bij wat belangrijk is en wat hij of zij ervaart.',
      en: 'The words a relative filled in beforehand per theme for what matters and what they experience.',
    },
    stored: [{ table: 'mirror_theme_answer', columns: ['important', 'experienced'], purge: 'delete_rows' }],
    events: ['mirror_conversation_cancelled'],
    afterPeriod: null,
    organisationChooses: false,
    keptIf: {
      nl: 'Blijft bij de oogst zolang die bestaat: samen vormen de antwoorden de spiegel van belangrijk en ervaren.',
      en: 'Stays with the harvest as long as it exists: together the answers form the mirror of important and experienced.',
    },
    why: {
      nl: 'Samen vormen ze de spiegel in de oogst (pas vanaf vijf naasten zichtbaar) en blijven zolang de oogst; gaat het gesprek niet door, dan hebben ze geen doel meer.',
      en: 'Together they form the mirror in the harvest (shown only from five relatives) and stay as long as the harvest; if the conversation does not take place they have no purpose.',
    },
  },
  {
    kind: 'visit_notes_left_out',
    name: { nl: 'Beelden die niet in een afgesloten spiegelrapport staan', en: 'Observations not in a closed mirror report' },
    description: {
      nl: 'Beelden uit het notitieboek van een visitatie die ingetrokken zijn of niet in het spiegelrapport staan, alle beelden van een visitatie die niet doorgaat, en niet-gekozen versies bij dubbele wijzigingen.',
      en: "Observations from a visit's notebook that were withdrawn or are not in the mirror report, every observation of a visit that does not go ahead, and versions not chosen when two edits met.",
    },
    stored: [
      { table: 'peer_visit_note', columns: ['body'], purge: 'delete_rows' },
      { table: 'peer_visit_note_conflict', columns: ['body'], purge: 'delete_rows' },
    ],
    events: ['mirror_report_closed', 'peer_visit_cancelled'],
    afterPeriod: {
      once: {
        nl: 'het spiegelrapport is afgesloten of de visitatie is afgezegd',
        en: 'the mirror report is closed or the visit is cancelled',
      },
    },
    organisationChooses: false,
    keptIf: { nl: 'Blijft alleen als het in een afgesloten spiegelrapport staat.', en: 'Stays only if it is in a closed mirror report.' },
    why: {
      nl: 'Het notitieboek is werkmateriaal van de bezoekers; het spiegelrapport is wat de gastheer krijgt en deelt.',
      en: "The notebook is the visitors' working material; the mirror report is what the host receives and shares.",
    },
  },
  {
    kind: 'session_memos',
    name: { nl: 'Memo’s van gespreksleiders', en: "Moderators' memos" },
    description: {
      nl: 'Werkaantekeningen bij een reflectiesessie die alleen de gespreksleider ziet.',
      en: 'Working notes at a reflection session that only the moderator sees.',
    },
    stored: [{ table: 'harvest_item', columns: ['body'], purge: 'delete_rows' }],
    events: [],
    afterPeriod: { once: { nl: 'het verslag is goedgekeurd', en: 'the report is approved' } },
    organisationChooses: false,
    keptIf: null,
    why: {
      nl: 'Ze komen nooit in het verslag; na de sessie heeft de gespreksleider ze nog even nodig, daarna niet meer.',
      en: 'They never go into the report; after the session the moderator needs them for a while, then no longer.',
    },
  },
  {
    kind: 'story_check_comments',
    name: { nl: 'Opmerkingen bij de controle van een verhaal', en: 'Comments on checking a story' },
    description: {
      nl: 'Wat de verteller en de schrijver elkaar schreven terwijl de verteller het verhaal controleerde.',
      en: 'What the storyteller and the writer wrote to each other while the storyteller checked the story.',
    },
    stored: [{ table: 'story_comment', columns: ['body'], purge: 'delete_rows' }],
    events: ['story_approved'],
    afterPeriod: null,
    organisationChooses: false,
    keptIf: null,
    why: {
      nl: 'Ze dienen alleen om het verhaal goed te krijgen; het goedgekeurde verhaal is wat blijft.',
      en: 'They only serve to get the story right; the approved story is what stays.',
    },
  },
  {
    kind: 'session_transcripts',
    name: { nl: 'Inbreng in de live ruimte van een reflectiesessie', en: 'Contributions in the live room of a reflection session' },
    description: {
      nl: 'Wat er tijdens een casusreflectie of intervisie in de live ruimte geschreven werd: bijdragen, vragen en opties.',
      en: 'What participants wrote in the live room during a case reflection or peer consultation: contributions, questions and options.',
    },
    stored: [{ table: 'session_entry', columns: ['body'], purge: 'clear_columns' }],
    events: ['session_report_approved'],
    afterPeriod: null,
    organisationChooses: true,
    keptIf: {
      nl: 'Het verslag houdt de oogst (leerpunten, adviezen en nieuwe praktijk) en hoe vaak elke waarde werd aangewezen; de bijdragen zelf, en de stemmen erop, niet meer.',
      en: 'The report keeps the harvest (insights, advice and new practice) and how often each value was pointed out; the contributions themselves, and the votes on them, no longer.',
    },
    why: {
      nl: 'De letterlijke inbreng kan over de mensen gaan voor wie jullie zorgen; wat de sessie oplevert staat in de oogst.',
      en: 'The literal contributions may be about the people you care for; what the session yields is in the harvest.',
    },
  },
]);

export type RetentionKind = (typeof RETENTION_RULES)[number]['kind'];
export const RETENTION_KINDS: readonly RetentionKind[] = RETENTION_RULES.map((rule) => rule.kind);

/** The rule of a kind. */
export function retentionRule(kind: RetentionKind): RetentionRule {
  return RETENTION_RULES.find((rule) => rule.kind === kind)!;
}

/** The kinds an event purges, in declaration order. */
export function kindsPurgedOn(event: RetentionEvent): RetentionKind[] {
  return RETENTION_RULES.filter((rule) => (rule.events as readonly RetentionEvent[]).includes(event)).map((rule) => rule.kind);
}

/** The kinds an organisation may choose to have purged too. */
export function kindsOrganisationsChoose(): RetentionKind[] {
  return RETENTION_RULES.filter((rule) => rule.organisationChooses).map((rule) => rule.kind);
}

/** The kinds the periodic sweep purges, in declaration order. */
export function kindsPurgedAfterPeriod(): RetentionKind[] {
  return RETENTION_RULES.filter((rule) => rule.afterPeriod !== null).map((rule) => rule.kind);
}

const PERIOD_WORDS: Readonly<
  Record<Language, { older: string; otherwise: string; once: string; deleted: string; and: string; or: string; chosen: string }>
> = {
  nl: {
    older: 'het ouder is dan de bewaartermijn',
    otherwise: 'anders zodra',
    once: 'zodra',
    deleted: 'Wordt gewist',
    and: 'en',
    or: 'of',
    chosen: 'Alleen als jullie organisatie daarvoor kiest.',
  },
  en: {
    older: 'it is older than the retention period',
    otherwise: 'otherwise once',
    once: 'once',
    deleted: 'Deleted',
    and: 'and',
    or: 'or',
    chosen: 'Only if your organisation chooses so.',
  },
};

/**
 * When a kind is purged (and what of it stays), generated from its rule: shown on
 * the privacy page and beside the box where the text is typed, so the words
 * and the purge cannot drift apart. `period` is the organisation's chosen
 * retention period in words ("3 maanden"), shown when known.
 */
export function retentionSentence(kind: RetentionKind, language: Language, period?: string): string {
  const rule = retentionRule(kind);
  const words = PERIOD_WORDS[language];
  const older = period ? `${words.older} (${period})` : words.older;
  const parts: string[] = [];
  const events = rule.events.map((event) => RETENTION_EVENT_LABELS[event][language]);
  if (events.length) parts.push(events.join(` ${words.or} `));
  if (rule.afterPeriod) {
    const once = rule.afterPeriod.once?.[language];
    const condition = once ? `${once} ${words.and} ${older}` : older;
    parts.push(`${events.length ? words.otherwise : words.once} ${condition}`);
  }
  const sentences = [`${words.deleted} ${parts.join('; ')}.`];
  if (rule.organisationChooses) sentences.push(words.chosen);
  if (rule.keptIf) sentences.push(rule.keptIf[language]);
  return sentences.join(' ');
}

/** The kinds a relative (or resident) types on their own page, reached by their personal link. */
export type RelativeRetentionKind = 'mirror_relative_input' | 'mirror_theme_answers';

type RuleOf<K extends RetentionKind> = Extract<(typeof RETENTION_RULES)[number], { kind: K }>;

/**
 * The rules of those kinds in other words, for a reader of 80 (B1, "u", short sentences). Only the words differ: which
 * moments purge, the period and whether anything stays are read from the rule itself, and the types ask for plain
 * words for every moment such a rule names, and for what stays exactly when the rule keeps something.
 */
const FOR_RELATIVES: {
  /** A moment as a clause completing "We wissen wat u hier schrijft …" / "Of …". */
  readonly events: Readonly<Record<RuleOf<RelativeRetentionKind>['events'][number], LocalizedText>>;
  readonly keptIf: { readonly [K in RelativeRetentionKind]: RuleOf<K>['keptIf'] extends null ? null : LocalizedText };
} = {
  events: {
    mirror_harvest_approved: { nl: 'als de samenvatting van het gesprek klaar is', en: 'when the summary of the conversation is ready' },
    mirror_conversation_cancelled: { nl: 'als het gesprek niet doorgaat', en: 'if the conversation does not take place' },
  },
  keptIf: {
    mirror_relative_input: null,
    mirror_theme_answers: {
      nl: 'Gaat het gesprek door? Dan blijven uw antwoorden bewaard bij de samenvatting, zolang die er is.',
      en: 'Does the conversation take place? Then your answers are kept with the summary, for as long as it exists.',
    },
  },
};

const RELATIVE_WORDS: Readonly<
  Record<Language, { deleted: string; or: string; otherwise: string; period: string; of: string; once: string }>
> = {
  nl: {
    deleted: 'We wissen wat u hier schrijft',
    or: 'Of',
    otherwise: 'Anders wissen we het',
    period: 'na de bewaartermijn',
    of: 'van',
    once: 'Maar pas als',
  },
  en: {
    deleted: 'We delete what you write here',
    or: 'Or',
    otherwise: 'Otherwise we delete it',
    period: 'after the retention period',
    of: 'of',
    once: 'But only once',
  },
};

/**
 * retentionSentence for a relative's own page: the same rule, so the same moments and period, in short sentences
 * ("We wissen wat u hier schrijft als … Of als … Anders …") instead of one long one in the words of the privacy page.
 */
export function retentionSentenceForRelatives(kind: RelativeRetentionKind, language: Language, period?: string): string {
  const rule = RETENTION_RULES.find((r): r is RuleOf<RelativeRetentionKind> => r.kind === kind)!;
  const words = RELATIVE_WORDS[language];
  const [first, ...more] = rule.events.map((event) => FOR_RELATIVES.events[event][language]);
  const sentences = first ? [`${words.deleted} ${first}.`, ...more.map((when) => `${words.or} ${when}.`)] : [];
  if (rule.afterPeriod) {
    const after = period ? `${words.period} ${words.of} ${period}` : words.period;
    const once = rule.afterPeriod.once?.[language];
    sentences.push(`${first ? words.otherwise : words.deleted} ${after}.`);
    if (once) sentences.push(`${words.once} ${once}.`);
  }
  const kept = FOR_RELATIVES.keptIf[kind];
  if (kept) sentences.push(kept[language]);
  return sentences.join(' ');
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('nl') + text.slice(1);

/**
 * What an event purges, as one sentence for the confirmation before it
 * ("Dan wordt gewist: notities van luisteraars, …"), from the same rules.
 */
export function purgedOnEventSentence(event: RetentionEvent, language: Language): string {
  const names = kindsPurgedOn(event).map((kind) => lowerFirst(retentionRule(kind).name[language]));
  return `${language === 'nl' ? 'Dan wordt gewist' : 'Then deleted'}: ${names.join('; ')}.`;
}
