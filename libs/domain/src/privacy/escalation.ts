import { LocalizedText } from '../values/localized-text';

/**
 * Escalation guardrail (domain guide §8, issue #9 item 3): when a text anyone
 * types looks like a complaint, a calamity, violence or abuse, or a data
 * breach, the content guard (content-guard.ts) reports it beside its
 * identifying-details findings. The server then stores nothing of that text
 * unless its author chose to keep it knowingly (KEEP_FLAGGED_FIELD); the
 * person sees the organisation's own procedure (complaints officer and
 * incident route) and chooses "Tekst weghalen" or "Toch bewaren". Kring
 * stores only that the prompt was shown, on which surface, to whom, and the
 * choice — never the text that triggered it or which signal it was.
 *
 * Limits, on purpose: this is a short list of Dutch words and phrases, not a
 * classifier. It misses paraphrases ("ze kwam met blauwe plekken thuis"),
 * spelling mistakes, sarcasm and other languages, and it sometimes fires on
 * innocent text ("een gestolen moment samen"). That is acceptable because a
 * false alarm costs one extra click ("Toch bewaren" keeps the text exactly as
 * written, flagged); a missed one is no worse than before. The moderator's
 * own judgement stays the real guardrail.
 */
export const ESCALATION_SIGNALS = ['complaint', 'calamity', 'violence_or_abuse', 'data_breach'] as const;
export type EscalationSignal = (typeof ESCALATION_SIGNALS)[number];

export const ESCALATION_SIGNAL_LABELS: Readonly<Record<EscalationSignal, LocalizedText>> = {
  complaint: { nl: 'een klacht', en: 'a complaint' },
  calamity: { nl: 'een calamiteit of incident', en: 'a calamity or incident' },
  violence_or_abuse: { nl: 'geweld, mishandeling of misbruik', en: 'violence, abuse or mistreatment' },
  data_breach: { nl: 'een datalek', en: 'a data breach' },
};

/**
 * Patterns on lower-case text without accents, matched on word boundaries.
 * Phrases are preferred over single words where a word alone is too common
 * in a conversation about care ("in veel gevallen" is not a fall).
 */
const PATTERNS: Readonly<Record<EscalationSignal, readonly RegExp[]>> = {
  complaint: [
    /\bklacht(en)?\b/,
    /\bklachtenfunctionaris\b/,
    /\bklachtenregeling\b/,
    /\bgeschillencommissie\b/,
    /\b(wil|ga|gaan|willen) (\w+ )?klagen\b/,
    /\b(schandalig|onacceptabel|onaanvaardbaar)\b/,
    /\b(advocaat|juridische stappen)\b/,
    /\b(inspectie|igj)\b/,
  ],
  calamity: [
    /\bcalamiteit(en)?\b/,
    // "is (mijn moeder) gevallen", but not "het is in veel gevallen zo".
    /\b(is|was|zijn|waren)( \w+){0,3} (?<!\b(veel|sommige|die|deze|alle|beide|enkele|meeste|zulke|andere|bepaalde) )gevallen\b/,
    /\bten val gekomen\b/,
    /\bvalpartij\b/,
    /\b(gebroken|gebrokene) (heup|arm|pols|been|enkel|rib|ribben)\b/,
    /\b(botbreuk|heupfractuur)\b/,
    /\bmedicatiefout(en)?\b/,
    /\bverkeerde (medicatie|medicijnen|pillen|dosis)\b/,
    /\b(vermist|weggelopen|zoekgeraakt)\b/,
    /\b(verstikt|gestikt|verslikt)\b/,
    /\b(ambulance|spoedeisende hulp|112)\b/,
    /\b(onverwacht|plotseling) overleden\b/,
  ],
  violence_or_abuse: [
    /\bmishandel(d|t|en|ing)?\b/,
    /\bmisbruik(t|en)?\b/,
    /\b(geslagen|geschopt|geduwd|geknepen|gebeten)\b/,
    /\b(slaat|schopt|duwt|knijpt) (hem|haar|mijn|de|ons|bewoners?)\b/,
    /\b(vastgebonden|vastgezet|opgesloten|ingesloten|platgespoten)\b/,
    /\b(seksueel|ongewenst aangeraakt|betast|aanranding)\b/,
    /\b(bedreigd|bedreiging|bedreigt|geintimideerd|intimidatie)\b/,
    /\b(uitgescholden|vernederd|gekleineerd)\b/,
    /\bverwaarloos(d|t|ing)?\b/,
    /\b(gestolen|diefstal|geld (is |was )?(verdwenen|weg))\b/,
    /\b(geweld|agressie tegen)\b/,
  ],
  data_breach: [
    /\bdatalek(ken)?\b/,
    /\b(gegevens|dossier|dossiers) (zijn |is |waren |werd |werden )?(gelekt|kwijt|verloren|openbaar)\b/,
    /\bnaar (het )?verkeerde (adres|persoon|familie) (gemaild|gestuurd)\b/,
    /\bprivacy (is )?(geschonden|geschaad)\b/,
  ],
};

/** Lower case, without accents, and with every run of white space one space. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** The kinds of escalation a text looks like, in catalogue order; empty when none. */
export function detectEscalationSignals(text: string): EscalationSignal[] {
  const plain = normalise(text);
  return ESCALATION_SIGNALS.filter((signal) => PATTERNS[signal].some((pattern) => pattern.test(plain)));
}

/** The flag a save or live command carries when its author keeps a flagged text knowingly; the same name everywhere, next to acknowledgeWarnings. */
export const KEEP_FLAGGED_FIELD = 'keepFlaggedText';

/**
 * Beside the keep flag: the id of the prompt that "Toch bewaren" answers, so
 * the server records the choice on exactly that prompt. Without it (a note
 * judged on a device offline, where no prompt was recorded) the keep is
 * recorded as a prompt of its own.
 */
export const ESCALATION_PROMPT_FIELD = 'escalationPromptId';

/** What the person chose at an escalation prompt; the only thing Kring records about it besides where and to whom. */
export const ESCALATION_CHOICES = ['removed', 'kept'] as const;
export type EscalationChoice = (typeof ESCALATION_CHOICES)[number];

/** The organisation's own procedure, set by its administrator: one source for "who to contact". */
export interface EscalationProcedure {
  /** The complaints officer (klachtenfunctionaris), by name. */
  readonly officerName: string;
  /** How to reach them: a phone number or e-mail address. */
  readonly officerContact: string;
  /** The organisation's incident route in a few words ("meld het bij de teamleider en via het MIC-formulier"). */
  readonly incidentRoute: string;
}

/**
 * What a refusal with ESCALATION_PROMPT carries to the screen (GraphQL
 * `extensions.escalation`, a live ack's `error.escalation`): the prompt to
 * answer, the signals, which fields, and the organisation's procedure with
 * the sentence for this reader.
 */
export interface EscalationPromptInfo {
  readonly promptId: string;
  readonly signals: readonly EscalationSignal[];
  readonly fields: readonly string[];
  readonly signalsText: string;
  readonly procedure: EscalationProcedure & { readonly organisationName: string; readonly text: string };
}

/** Relatives and storytellers are addressed as "u" in plain language; staff get the route as colleagues. */
export type EscalationAudience = 'guest' | 'staff';

export const ESCALATION_LIMITS = { officerNameMax: 120, officerContactMax: 200, incidentRouteMax: 600 } as const;

/**
 * The plain-language sentence that points a person to the organisation's
 * procedure: a relative to the complaints officer by name and contact, staff
 * also to the incident route. Without a procedure set, it says so honestly
 * and points to the organisation's management.
 */
export function escalationProcedureText(
  procedure: EscalationProcedure,
  audience: EscalationAudience,
  organisationName: string,
): LocalizedText {
  const name = procedure.officerName.trim();
  const contact = procedure.officerContact.trim();
  const route = procedure.incidentRoute.trim();
  const officer: LocalizedText = name
    ? {
        nl: `de klachtenfunctionaris van ${organisationName}, ${name}${contact ? ` (${contact})` : ''}`,
        en: `the complaints officer of ${organisationName}, ${name}${contact ? ` (${contact})` : ''}`,
      }
    : { nl: `de leiding van ${organisationName}`, en: `the management of ${organisationName}` };
  if (audience === 'guest') {
    return {
      nl: `Wilt u hier een klacht over indienen of iets melden dat niet goed ging? Dat kan bij ${officer.nl}. Die luistert naar u en zoekt het met u uit. Wat u hier schrijft, wordt daar niet voor gebruikt.`,
      en: `Would you like to make a complaint or report something that went wrong? You can do so with ${officer.en}. They will listen and look into it with you. What you write here is not used for that.`,
    };
  }
  return {
    nl: `Volg de procedure van ${organisationName}: ${route || 'meld het bij je leidinggevende'}. Klachten: ${officer.nl}.`,
    en: `Follow the procedure of ${organisationName}: ${route || 'report it to your manager'}. Complaints: ${officer.en}.`,
  };
}

/**
 * What Kring records about the prompt, said to the person who sees it; the
 * same rule the server follows (escalation_prompt: surface, who, choice) and
 * the flag a kept text carries where it is stored with one: a session's
 * entries (session_entry.flagged, on to harvest_draft) and the statements a
 * mirror conversation's moderator captures (mirror_statement.flagged); a
 * relative's own page flags the relative (by pseudonym, from the prompt's own
 * record) in what the moderator reads to prepare. Other texts (a case, a
 * story) are kept without one.
 */
export const ESCALATION_RECORD_TEXT: LocalizedText = {
  nl: 'Kring bewaart alleen dat deze vraag getoond is en wat u koos, niet de tekst en niet waarom. Kiest u "Toch bewaren", dan wordt de tekst bewaard zoals hij is. Een bijdrage in een sessie en een uitspraak die de gespreksleider in een spiegelgesprek vastlegt, krijgen daarbij een markering die de gespreksleider ziet, en worden nooit zonder die keuze geciteerd of in de oogst opgenomen. Wat een naaste op de eigen pagina bewaart, krijgt een markering bij de naaste (zonder de tekst) die de gespreksleider bij de voorbereiding ziet.',
  en: 'Kring keeps only that this question was shown and what you chose, not the text and not why. If you choose "Keep anyway", the text is kept as it is. A contribution in a session and a statement the moderator notes down in a mirror conversation also get a flag the moderator sees, and are never quoted or taken into the harvest without that choice. What a relative keeps on their own page flags the relative (without the text) where the moderator prepares the conversation.',
};
