import { ORGANISATION_MANAGER_ROLES, Role } from '../organisation/roles';

/** Who may plan a session and lead one: moderators (gespreksleiders) and the organisation's managers. */
export const SESSION_PLANNER_ROLES: readonly Role[] = ['moderator', ...ORGANISATION_MANAGER_ROLES];
export const SESSION_MODERATOR_ROLES: readonly Role[] = SESSION_PLANNER_ROLES;

/** Bounds for planning; a session is typically 60–90 minutes, often monthly. */
export const SESSION_LIMITS = {
  minDurationMinutes: 5,
  maxDurationMinutes: 480,
  maxParticipants: 50,
  maxLenses: 10,
  placeMaxLength: 200,
  harvestTextMaxLength: 2_000,
  /** A planned session stays on the home page until this long after its planned end. */
  upcomingGraceHours: 24,
} as const;

/** The planned length when none is given: the method's timeboxes, within the bounds. */
export function plannedDurationMinutes(methodMinutes: number): number {
  return Math.min(SESSION_LIMITS.maxDurationMinutes, Math.max(SESSION_LIMITS.minDurationMinutes, methodMinutes));
}

/**
 * A session has a question or theme (domain README, principle 4). With a case
 * chosen the case carries it: left empty, the question is the case's title
 * (shown where the session is named, editable like any question). Without a
 * case it must be written. null: neither, which planning refuses with the
 * field rule QUESTION_RULE, the same words on the form and from the server.
 */
export function sessionQuestion(written: string | null | undefined, caseTitle: string | null | undefined): string | null {
  return written?.trim() || caseTitle?.trim() || null;
}

/** The validation rule (VALIDATION_MESSAGES) for a session without a question and without a case. */
export const QUESTION_RULE = 'requiredWithoutCase';
