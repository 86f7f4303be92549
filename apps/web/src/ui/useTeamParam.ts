import { useCallback } from 'react';
import { useChosenOrganisation } from './useChosenOrganisation';

/**
 * The organisation and team a page (cases, learning) is about, kept in the address
 * (?organisatie=…&team=…) so links and the back button keep them.
 */
export function useTeamParam() {
  const chosen = useChosenOrganisation();
  const { params, setParams } = chosen;
  const teamId = params.get('team') ?? '';
  const chooseTeam = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set('team', id);
          else next.delete('team');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { ...chosen, teamId, chooseTeam };
}
