import { useCallback } from 'react';
import { useChosenOrganisation } from './useChosenOrganisation';

/**
 * The organisation and team a page (cases, learning) is about, kept in the address
 * (?organisatie=…&team=…) so links and the back button keep them.
 */
export function useTeamParam() {
  const chosen = useChosenOrganisation();
  const { params, change } = chosen;
  const teamId = params.get('team') ?? '';
  // '' is "all teams": the parameter goes.
  const chooseTeam = useCallback((id: string) => change({ team: id }), [change]);
  return { ...chosen, teamId, chooseTeam };
}
