import { PracticeStatus } from '../live-session/types';
import { Role } from '../organisation/roles';
import { LocalizedText } from '../values/localized-text';

/**
 * Where a new practice (nieuwe praktijk) was agreed: in a reflection session,
 * after a mirror conversation with relatives, or after a peer-review visit.
 * All three land in one list per team and organisation (domain guide §7).
 */
export const PRACTICE_SOURCES = ['session', 'mirror_conversation', 'peer_visit'] as const;
export type PracticeSource = (typeof PRACTICE_SOURCES)[number];

export const PRACTICE_SOURCE_LABELS: Record<PracticeSource, LocalizedText> = {
  session: { nl: 'Reflectiebijeenkomst', en: 'Reflection session' },
  mirror_conversation: { nl: 'Spiegelgesprek met naasten', en: 'Mirror conversation with relatives' },
  peer_visit: { nl: 'Collegiale visitatie', en: 'Peer-review visit' },
};

/** A practice is still being tried while open or continued; adopted and stopped ones are done. */
export const RUNNING_PRACTICE_STATUSES: readonly PracticeStatus[] = ['open', 'continued'];

/**
 * Besides the members of a team, these roles follow every team's practices
 * and patterns: they lead sessions (moderator) or carry the organisation
 * (administrator, care entrepreneur).
 */
export const LEARNING_OVERVIEW_ROLES: readonly Role[] = ['administrator', 'entrepreneur', 'moderator'];

export interface LookBackState {
  readonly status: PracticeStatus;
  /** YYYY-MM-DD, or null when no date was agreed. */
  readonly lookBackOn: string | null;
  /** The days (YYYY-MM-DD, in the Netherlands) on which someone wrote "hoe ging het?". */
  readonly reviewDays: readonly string[];
}

/**
 * A look-back is due when the agreed day has come, the practice is still
 * running, and nobody has looked back on it since that day. Reviewing it, or
 * agreeing a new date, ends the reminder. Dates are YYYY-MM-DD, so comparing
 * the text compares the days.
 */
export function isLookBackDue(practice: LookBackState, today: string): boolean {
  const { lookBackOn } = practice;
  if (!lookBackOn || lookBackOn > today || !RUNNING_PRACTICE_STATUSES.includes(practice.status)) return false;
  return !practice.reviewDays.some((day) => day >= lookBackOn);
}
