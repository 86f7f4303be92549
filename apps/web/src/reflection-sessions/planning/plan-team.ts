/**
 * The team a new plan starts with, so nobody is asked "Kies een team" with only one answer: the organisation's only
 * team, else the planner's own team when they are in exactly one of the organisation's teams (a moderator of one
 * team, as most are). Otherwise empty: the planner chooses. Any team can still be chosen (planners plan for every
 * team of the organisation); this is only where the choice starts.
 */
export function startingPlanTeam(teams: readonly { id: string }[], ownTeamIds: readonly string[]): string {
  if (teams.length === 1) return teams[0].id;
  const own = [...new Set(ownTeamIds)].filter((id) => teams.some((team) => team.id === id));
  return own.length === 1 ? own[0] : '';
}
