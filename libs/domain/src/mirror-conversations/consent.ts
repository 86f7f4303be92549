import { LocalizedText } from '../values/localized-text';

/**
 * What a relative (naaste) or resident agrees to for a mirror conversation
 * (spiegelgesprek), each scope on its own and each withdrawable through their
 * personal link (domain guide §5, §8):
 * - take_part: they tell their experience; what they say may shape the themes
 *   of the harvest, and what they answered beforehand counts in the mirror
 *   (never per person).
 * - quote_anonymously: their words may appear as a quote without a name, in
 *   the harvest for the team and in the letter back to the participants.
 * - share_in_organisation: those quotes may also be read by colleagues outside
 *   the team (other teams, locations, the office).
 * - share_in_network: anonymised, in the learning network of organisations.
 */
export const MIRROR_CONSENT_SCOPES = ['take_part', 'quote_anonymously', 'share_in_organisation', 'share_in_network'] as const;
export type MirrorConsentScope = (typeof MIRROR_CONSENT_SCOPES)[number];

/** The standard page, or the easy-read page (makkelijk lezen) that residents can fill in together. */
export const MIRROR_CONSENT_FORMS = ['standard', 'easy_read'] as const;
export type MirrorConsentForm = (typeof MIRROR_CONSENT_FORMS)[number];

/**
 * How consent reached Kring: through the relative's own link, or recorded by
 * the moderator on their behalf — on paper, by telephone or in person — so a
 * relative without a smartphone or e-mail can take part too.
 */
export const MIRROR_CONSENT_CHANNELS = ['link', 'paper', 'phone', 'in_person'] as const;
export type MirrorConsentChannel = (typeof MIRROR_CONSENT_CHANNELS)[number];
/** What a moderator can choose: the link is the relative's own way. */
export const MIRROR_RECORDED_CHANNELS = ['paper', 'phone', 'in_person'] as const satisfies readonly MirrorConsentChannel[];
export type MirrorRecordedChannel = (typeof MIRROR_RECORDED_CHANNELS)[number];

export const MIRROR_CONSENT_CHANNEL_LABELS: Readonly<Record<MirrorConsentChannel, LocalizedText>> = {
  link: { nl: 'via de eigen link', en: 'through their own link' },
  paper: { nl: 'op papier', en: 'on paper' },
  phone: { nl: 'telefonisch', en: 'by telephone' },
  in_person: { nl: 'mondeling', en: 'in person' },
};

/** Short names for staff screens; the relative's page explains each scope in plain words. */
export const MIRROR_CONSENT_SCOPE_LABELS: Readonly<Record<MirrorConsentScope, LocalizedText>> = {
  take_part: { nl: 'Meedoen', en: 'Take part' },
  quote_anonymously: { nl: 'Anoniem citeren', en: 'Quote anonymously' },
  share_in_organisation: { nl: 'Delen in de organisatie', en: 'Share in the organisation' },
  share_in_network: { nl: 'Delen in het lerend netwerk', en: 'Share in the learning network' },
};

/**
 * Every other scope builds on taking part: someone who does not take part
 * cannot be quoted or shared. Keeps the scopes in catalogue order.
 */
export function normaliseMirrorConsent(scopes: readonly MirrorConsentScope[]): MirrorConsentScope[] {
  if (!scopes.includes('take_part')) return [];
  return MIRROR_CONSENT_SCOPES.filter((scope) => scopes.includes(scope));
}

/**
 * Who reads a quote: the conversation's own circle (moderator, listeners and
 * the team), colleagues elsewhere in the organisation, the participants of the
 * conversation (the letter back), or the learning network.
 */
export const QUOTE_AUDIENCES = ['team', 'organisation', 'participants', 'network'] as const;
export type QuoteAudience = (typeof QUOTE_AUDIENCES)[number];

const QUOTE_AUDIENCE_SCOPES: Readonly<Record<QuoteAudience, readonly MirrorConsentScope[]>> = {
  team: ['take_part', 'quote_anonymously'],
  participants: ['take_part', 'quote_anonymously'],
  organisation: ['take_part', 'quote_anonymously', 'share_in_organisation'],
  network: ['take_part', 'quote_anonymously', 'share_in_network'],
};

/** The scopes that must all stand for a quote to reach this audience (quoteAllowed), for rules written in SQL. */
export function quoteScopes(audience: QuoteAudience): readonly MirrorConsentScope[] {
  return QUOTE_AUDIENCE_SCOPES[audience];
}

/**
 * Whether someone's words may be shown as a quote to this audience, judged on
 * their consent as it is now: quotes are filtered when they are read, so a
 * withdrawal takes effect everywhere at once.
 */
export function quoteAllowed(audience: QuoteAudience, activeScopes: readonly MirrorConsentScope[]): boolean {
  return QUOTE_AUDIENCE_SCOPES[audience].every((scope) => activeScopes.includes(scope));
}

/**
 * The letter back is for the conversation's participants ("de brief aan de
 * deelnemers", as the consent page says of the quotes in it): by e-mail and on
 * their own page, only while they take part. A relative who said no, or never
 * answered, reads no one else's quotes.
 */
export const LETTER_READER_SCOPES: readonly MirrorConsentScope[] = ['take_part'];

export function readsLetter(activeScopes: readonly MirrorConsentScope[]): boolean {
  return LETTER_READER_SCOPES.every((scope) => activeScopes.includes(scope));
}

/**
 * Whether someone's answers beforehand count in the belangrijk/ervaren mirror
 * this audience sees. The mirror shows only words and counts, never a person,
 * but they are still that person's words: outside the team it needs consent
 * to share within the organisation.
 */
export function mirrorWordsAllowed(audience: 'team' | 'organisation', activeScopes: readonly MirrorConsentScope[]): boolean {
  return activeScopes.includes('take_part') && (audience === 'team' || activeScopes.includes('share_in_organisation'));
}
