import { Role } from '../organisation/roles';
import { LocalizedText } from '../values/localized-text';

/**
 * Who may read a case (casus), narrowest first. The levels are layered: each
 * level includes the readers of the levels before it (domain guide §8,
 * "private → session participants → team → organisation").
 */
export const CASE_VISIBILITIES = ['private', 'session', 'team', 'organisation'] as const;
export type CaseVisibility = (typeof CASE_VISIBILITIES)[number];

/** Besides the case's own team, these roles read every case shared with a team. */
export const CASE_TEAM_READER_ROLES: readonly Role[] = ['administrator', 'entrepreneur', 'moderator'];

/**
 * Besides the author, these roles may edit the texts, add chapters and keep the
 * consent records of a case they can read: the moderator writes the new chapter
 * after a session, the office often holds the signed consent forms. Only the
 * author chooses who sees the case (the owner decides, domain guide §2.6).
 */
export const CASE_CURATOR_ROLES: readonly Role[] = ['administrator', 'entrepreneur', 'moderator'];

export interface CaseVisibilityInfo {
  label: LocalizedText;
  /** Who reads the case at this level, in words for the author choosing it. */
  explanation: LocalizedText;
}

export const CASE_VISIBILITY_INFO: Readonly<Record<CaseVisibility, CaseVisibilityInfo>> = {
  private: {
    label: { nl: 'Alleen ik', en: 'Only me' },
    explanation: {
      nl: 'Alleen jij kunt de casus lezen. Zo kun je rustig schrijven voordat je hem deelt.',
      en: 'Only you can read the case, so you can write in peace before you share it.',
    },
  },
  session: {
    label: { nl: 'Deelnemers van de bijeenkomst', en: 'Session participants' },
    explanation: {
      nl: 'Naast jou lezen alleen de deelnemers van een reflectiebijeenkomst waarin de casus besproken wordt.',
      en: 'Besides you, only the participants of a reflection session that discusses the case can read it.',
    },
  },
  team: {
    label: { nl: 'Het team', en: 'The team' },
    explanation: {
      nl: 'De leden van het team van de casus lezen mee, en ook de beheerders, zorgondernemers en gespreksleiders van de organisatie.',
      en: "The members of the case's team can read it, and so can the organisation's administrators, care entrepreneurs and moderators.",
    },
  },
  organisation: {
    label: { nl: 'De hele organisatie', en: 'The whole organisation' },
    explanation: {
      nl: 'Iedereen in de organisatie kan de casus lezen, ook collega’s van andere teams en locaties.',
      en: 'Everyone in the organisation can read the case, including colleagues in other teams and locations.',
    },
  },
};

export function visibilityRank(visibility: CaseVisibility): number {
  return CASE_VISIBILITIES.indexOf(visibility);
}

/** True when `next` lets more people read than `current`: sharing, which re-runs the guard. */
export function isWiderVisibility(next: CaseVisibility, current: CaseVisibility): boolean {
  return visibilityRank(next) > visibilityRank(current);
}
