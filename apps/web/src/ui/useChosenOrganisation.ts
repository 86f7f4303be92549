import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';

type OrganisationRef = ReturnType<typeof organisationsOf>[number];

/**
 * The organisation a page is about, kept in the address (?organisatie=…) so
 * links and the back button keep it; the viewer's first organisation otherwise.
 * `among` narrows the choice, e.g. to organisations the viewer manages.
 */
export function useChosenOrganisation(among?: (organisations: OrganisationRef[]) => OrganisationRef[]) {
  const viewer = useViewer();
  const all = organisationsOf(viewer);
  const organisations = among ? among(all) : all;
  const [params, setParams] = useSearchParams();
  const asked = params.get('organisatie');
  const organisationId = organisations.find((o) => o.id === asked)?.id ?? organisations[0]?.id;
  const choose = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('organisatie', id);
          next.delete('team');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { organisations, organisationId, choose, params, setParams };
}
