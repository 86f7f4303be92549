import { Role } from '../organisation/roles';
import { LocalizedText } from '../values/localized-text';
import { CASE_VISIBILITY_RULE } from '../visibility/cases';

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

/** Labels for the levels; what each level means comes from the visibility rule (CASE_VISIBILITY_RULE). */
const CASE_VISIBILITY_LABELS: Readonly<Record<CaseVisibility, LocalizedText>> = {
  private: { nl: 'Alleen ik', en: 'Only me' },
  session: { nl: 'Deelnemers van de bijeenkomst', en: 'Session participants' },
  team: { nl: 'Het team', en: 'The team' },
  organisation: { nl: 'De hele organisatie', en: 'The whole organisation' },
};

export const CASE_VISIBILITY_INFO: Readonly<Record<CaseVisibility, CaseVisibilityInfo>> = Object.fromEntries(
  CASE_VISIBILITIES.map((visibility) => [
    visibility,
    { label: CASE_VISIBILITY_LABELS[visibility], explanation: CASE_VISIBILITY_RULE.sentence({ visibility }) },
  ]),
) as Record<CaseVisibility, CaseVisibilityInfo>;

export function visibilityRank(visibility: CaseVisibility): number {
  return CASE_VISIBILITIES.indexOf(visibility);
}

/** True when `next` lets more people read than `current`: sharing, which re-runs the guard. */
export function isWiderVisibility(next: CaseVisibility, current: CaseVisibility): boolean {
  return visibilityRank(next) > visibilityRank(current);
}
