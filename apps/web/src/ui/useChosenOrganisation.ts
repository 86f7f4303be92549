import { useCallback } from 'react';
import { organisationsOf, useViewer } from '../app/auth';
import { useAddressParams } from './address-params';

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
  const { params, setParams, change } = useAddressParams();
  const asked = params.get('organisatie');
  const organisationId = organisations.find((o) => o.id === asked)?.id ?? organisations[0]?.id;
  // Another organisation has other teams: the team chosen in this one goes.
  const choose = useCallback((id: string) => change({ organisatie: id, team: null }), [change]);
  return { organisations, organisationId, choose, params, setParams, change };
}
