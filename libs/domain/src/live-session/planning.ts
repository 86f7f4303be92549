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
