import type { CaseVisibility } from '../cases/visibility';
import { LocalizedText } from '../values/localized-text';
import { fullFor, ReaderRole, VisibilityRule } from './reader-roles';

/**
 * Who reads a case (casus), per visibility level the author chose. The levels
 * are layered (domain guide §8: private → session participants → team →
 * organisation), each including the readers of the narrower ones. Nobody
 * outside the organisation reads a case here: the network only reads what an
 * owner put in the library, anonymised.
 */
export const CASE_READERS: Readonly<Record<CaseVisibility, readonly ReaderRole[]>> = {
  private: ['writer'],
  session: ['writer', 'session_participant'],
  team: ['writer', 'session_participant', 'team_member', 'overview'],
  organisation: ['writer', 'session_participant', 'team_member', 'overview', 'other_team'],
};

const CASE_SENTENCES: Readonly<Record<CaseVisibility, LocalizedText>> = {
  private: {
    nl: 'Alleen jij kunt de casus lezen. Zo kun je rustig schrijven voordat je hem deelt.',
    en: 'Only you can read the case, so you can write in peace before you share it.',
  },
  session: {
    nl: 'Naast jou lezen alleen de deelnemers van een reflectiebijeenkomst waarin de casus besproken wordt, zolang die bijeenkomst loopt: tot het verslag is goedgekeurd.',
    en: 'Besides you, only the participants of a reflection session that discusses the case can read it, while that session runs: until its report is approved.',
  },
  team: {
    nl: 'De leden van het team van de casus lezen mee, en ook de beheerders, zorgondernemers en gespreksleiders van de organisatie. Deelnemers uit andere teams lezen mee zolang hun bijeenkomst loopt.',
    en: "The members of the case's team can read it, and so can the organisation's administrators, care entrepreneurs and moderators. Participants from other teams read it while their session runs.",
  },
  organisation: {
    nl: 'Iedereen in de organisatie kan de casus lezen, ook collega’s van andere teams en locaties.',
    en: 'Everyone in the organisation can read the case, including colleagues in other teams and locations.',
  },
};

export interface CaseReadingState {
  readonly visibility: CaseVisibility;
}

export const CASE_VISIBILITY_RULE: VisibilityRule<CaseReadingState> = {
  kind: 'case',
  states: (Object.keys(CASE_READERS) as CaseVisibility[]).map((visibility) => ({ visibility })),
  view: (state, role) => fullFor(CASE_READERS[state.visibility], role),
  sentence: (state) => CASE_SENTENCES[state.visibility],
};

/** The reflection-session statuses in which a session still lets its participants read its case. */
export interface SessionReadingFacts {
  readonly status: 'planned' | 'live' | 'closed' | 'cancelled';
  readonly reportApproved: boolean;
  /** Planned, and a day past its planned end without being held (OVERDUE_SESSION in the API's case-read rule). */
  readonly overdue?: boolean;
}

/**
 * "Zolang de sessie loopt": planned (until a day past its planned end, when it
 * was not held), live, and closed while the harvest is still being written;
 * once the report is approved (or the session is called off, or left
 * overdue) the participants read the case only if its own level lets them.
 */
export function sessionLetsParticipantsRead(session: SessionReadingFacts): boolean {
  return (
    (session.status === 'planned' && !session.overdue) ||
    session.status === 'live' ||
    (session.status === 'closed' && !session.reportApproved)
  );
}

/**
 * The sentence on the planning form next to the case choice, from the same
 * rule: a private case is not read by the participants at all.
 */
export function caseReadingInSession(visibility: CaseVisibility | null): LocalizedText {
  if (visibility !== null && !CASE_READERS[visibility].includes('session_participant')) {
    return {
      nl: 'Alleen het pseudoniem wordt getoond. Deze casus is nog privé: de deelnemers zien alleen het pseudoniem tot de schrijver hem deelt met de deelnemers.',
      en: 'Only the pseudonym is shown. This case is still private: the participants see only the pseudonym until the author shares it with the participants.',
    };
  }
  return {
    nl: 'Alleen het pseudoniem wordt getoond. De deelnemers mogen de casus lezen zolang de sessie loopt: tot het verslag is goedgekeurd, of tot een dag na de geplande tijd als de sessie dan niet gehouden is.',
    en: 'Only the pseudonym is shown. The participants may read the case while the session runs: until its report is approved, or until a day after the planned time if the session was not held by then.',
  };
}
