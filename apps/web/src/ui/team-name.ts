/**
 * A team's name for "Team {{team}}": teams are often already called "Team
 * Kompas", and "Team Team Kompas" reads like a mistake.
 */
export function withoutTeamWord(name: string): string {
  return name.replace(/^team\s+/iu, '');
}
