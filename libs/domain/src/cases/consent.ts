import type { Language } from '../i18n/language';
import { residentWords } from '../organisation/resident-words';
import { LocalizedText } from '../values/localized-text';
import { CASE_VISIBILITIES, CaseVisibility, visibilityRank } from './visibility';

/** What a resident (or their legal representative) agreed to (toestemming). */
export const CONSENT_SCOPES = ['discuss_in_team', 'share_in_organisation', 'share_in_network'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The resident themselves, or their mentor, curator or guardian (wettelijk vertegenwoordiger). */
export const CONSENT_GIVERS = ['resident', 'legal_representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** The standard form, or the easy-read form (makkelijk lezen) that residents can fill in together. */
export const CONSENT_FORMS = ['standard', 'easy_read'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const CONSENT_SCOPE_LABELS: Readonly<Record<ConsentScope, LocalizedText>> = {
  discuss_in_team: { nl: 'Bespreken in het team', en: 'Discuss in the team' },
  share_in_organisation: { nl: 'Delen in de organisatie', en: 'Share in the organisation' },
  share_in_network: { nl: 'Delen in het lerend netwerk (geanonimiseerd)', en: 'Share in the learning network (anonymised)' },
};

/** Who gave consent, with the organisation's own word (`residentTerm`) for the person themselves: "De deelnemer zelf". */
export function consentGiverLabels(residentTerm: string): Readonly<Record<ConsentGiver, LocalizedText>> {
  // The form with its article ("de deelnemer", "the participant") begins the label, so its first letter is a capital.
  const themselves = (language: Language, word: string) => {
    const { theResident } = residentWords(residentTerm, language);
    return `${theResident.charAt(0).toUpperCase()}${theResident.slice(1)} ${word}`;
  };
  return {
    resident: { nl: themselves('nl', 'zelf'), en: themselves('en', 'themselves') },
    legal_representative: { nl: 'Wettelijk vertegenwoordiger', en: 'Legal representative' },
  };
}

export const CONSENT_FORM_LABELS: Readonly<Record<ConsentForm, LocalizedText>> = {
  standard: { nl: 'Standaardformulier', en: 'Standard form' },
  easy_read: { nl: 'Makkelijk-lezenformulier', en: 'Easy-read form' },
};

export interface VisibilityConsentRule {
  /** Any one active consent with one of these scopes allows the level; empty: none is needed. */
  anyOf: readonly ConsentScope[];
  why: LocalizedText;
}

/**
 * Which consent each visibility level needs. A case stays pseudonymised at
 * every level; consent is asked where the resident may be recognised by people
 * outside the conversation the case was written for.
 * - private and session need none: the author writes about their own practice,
 *   and a session is a closed, confidential conversation among colleagues,
 *   like a team meeting about care.
 * - team keeps the case on the shelf for the whole team (new colleagues
 *   included), so it needs consent to discuss it in the team; consent to
 *   share in the organisation covers the team, which is part of it.
 * - organisation needs consent to share it in the organisation.
 * Consent to share in the network (anonymised, outside the organisation) does
 * not cover the organisation: in a small home, colleagues at another location
 * may well know the resident, while the network reads an anonymised version.
 */
export const VISIBILITY_CONSENT_RULES: Readonly<Record<CaseVisibility, VisibilityConsentRule>> = {
  private: { anyOf: [], why: { nl: 'Alleen jij leest de casus.', en: 'Only you read the case.' } },
  session: {
    anyOf: [],
    why: {
      nl: 'Een bijeenkomst is een besloten gesprek onder collega’s over de eigen praktijk.',
      en: 'A session is a closed conversation among colleagues about their own practice.',
    },
  },
  team: {
    anyOf: ['discuss_in_team', 'share_in_organisation'],
    why: {
      nl: 'Het hele team kan de casus blijven lezen, dus is toestemming nodig om hem in het team te bespreken.',
      en: 'The whole team can keep reading the case, so consent to discuss it in the team is needed.',
    },
  },
  organisation: {
    anyOf: ['share_in_organisation'],
    why: {
      // Said of whoever the case is about, so it is right in every organisation, whatever its word for its people.
      nl: 'Collega’s van andere teams en locaties kunnen herkennen over wie de casus gaat, dus is toestemming nodig om te delen in de organisatie.',
      en: 'Colleagues in other teams and locations may recognise who the case is about, so consent to share in the organisation is needed.',
    },
  },
};

/** True when the active consent scopes allow the level. */
export function consentAllowsVisibility(visibility: CaseVisibility, activeScopes: readonly ConsentScope[]): boolean {
  const { anyOf } = VISIBILITY_CONSENT_RULES[visibility];
  return anyOf.length === 0 || anyOf.some((scope) => activeScopes.includes(scope));
}

/** The levels the active consent allows, narrowest first. */
export function allowedVisibilities(activeScopes: readonly ConsentScope[]): CaseVisibility[] {
  return CASE_VISIBILITIES.filter((visibility) => consentAllowsVisibility(visibility, activeScopes));
}

/**
 * After a withdrawal: the widest level, no wider than the current one, that
 * the remaining consent still allows. Withdrawal takes effect everywhere, so
 * the case narrows at once rather than waiting for its author.
 */
export function visibilityAfterWithdrawal(current: CaseVisibility, activeScopes: readonly ConsentScope[]): CaseVisibility {
  const allowed = allowedVisibilities(activeScopes).filter((v) => visibilityRank(v) <= visibilityRank(current));
  return allowed[allowed.length - 1] ?? 'private';
}
