import { LocalizedText } from '../values/localized-text';

/**
 * Escalation guardrail (domain guide §8): when something said in a mirror
 * conversation looks like a complaint, a calamity, violence or abuse, or a
 * data breach, the person writing it is prompted to follow the organisation's
 * own procedure (complaints officer, incident reporting). Kring stores only
 * that the prompt was shown and whether it was followed, never what triggered it.
 *
 * Limits, on purpose: this is a short list of Dutch words and phrases, not a
 * classifier. It misses paraphrases ("ze kwam met blauwe plekken thuis"),
 * spelling mistakes, sarcasm and other languages, and it sometimes fires on
 * innocent text ("een gestolen moment samen"). That is acceptable because it
 * only asks a question and never blocks or changes what was written; the
 * moderator's own judgement stays the real guardrail.
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
