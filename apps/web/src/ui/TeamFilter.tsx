import { TeamField } from './Field';
import { useTeamParam } from './useTeamParam';

interface TeamFilterProps {
  label: string;
  /** The empty choice: the list of every team (and of nothing in a team). */
  allTeams: string;
  teams: readonly { id: string; name: string }[];
}

/** Narrows a list page to one team; the choice is kept in the address (?team=…) like the organisation's. */
export function TeamFilter({ label, allTeams, teams }: TeamFilterProps) {
  const { teamId, chooseTeam } = useTeamParam();
  return <TeamField label={label} name="teamId" value={teamId} onChange={chooseTeam} optional emptyOption={allTeams} teams={teams} />;
}
