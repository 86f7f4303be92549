import { UserError } from '../graphql/user-error';

/**
 * The one rule for when something planned may start, for every planner that has a start (a case reflection session,
 * a mirror conversation): not in the past, so nothing is planned only to sit overdue.
 *
 * How far back a start may lie: the form picks whole minutes, and "we start now" must still be plannable while the
 * form is being filled in. Anything earlier is a date typed wrong.
 */
const START_LEEWAY_MINUTES = 15;

/** A start that has passed is refused next to the date field, before anything is stored. */
export function checkStartToCome(scheduledAt: Date, now = new Date()): void {
  if (scheduledAt.getTime() >= now.getTime() - START_LEEWAY_MINUTES * 60_000) return;
  throw new UserError('BAD_USER_INPUT', {}, [{ field: 'scheduledAt', rule: 'notInPast' }]);
}

/**
 * Whether re-planning moves the start, so only a moved start is checked: the form sends the start again with every
 * change, also of a session or conversation under way, in whole minutes, so a start stored with seconds (one planned
 * "now", the demo's) sent back unchanged is not a move.
 */
export function startMoved(stored: Date, sent: Date): boolean {
  return Math.floor(stored.getTime() / 60_000) !== Math.floor(sent.getTime() / 60_000);
}
