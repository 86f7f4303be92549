import { MIN_GROUP_SIZE, shownCount } from '@kring/domain';

/**
 * An organisation's count as it may stand beside its teams' counts of the
 * same thing. Whoever follows a team reads both its patterns and the whole
 * organisation's; the organisation's count is its teams' counts plus what
 * belongs to no team (visits, sessions and conversations without a team).
 * Minus the teams' counts that are shown, it leaves that rest and the teams'
 * suppressed counts together: when that rest is 1 to 4, the organisation's
 * count is hidden (null), or the subtraction would give a small count away.
 * Counts arrive as computed or already suppressed (null); under 5 counts as
 * not shown on either side.
 */
export function besideTeams(organisation: number | null, teams: readonly (number | null)[]): number | null {
  const whole = organisation === null ? null : shownCount(organisation);
  if (whole === null) return null;
  const rest = teams.reduce<number>((left, team) => left - ((team === null ? null : shownCount(team)) ?? 0), whole);
  return rest > 0 && rest < MIN_GROUP_SIZE ? null : whole;
}
