import { METHOD_EDITOR_ROLES } from '@kring/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { organisationsOf, useViewer } from '../app/auth';

type OrganisationRef = ReturnType<typeof organisationsOf>[number];

/** The query parameter that says whose methods are shown, for people in more than one organisation. */
const PARAM = 'organisatie';

export interface MethodOrganisation {
  organisations: OrganisationRef[];
  /** Undefined for someone who belongs to no organisation (yet). */
  organisation?: OrganisationRef;
  /** Moderators, entrepreneurs and administrators copy, build and archive methods. */
  canEdit: boolean;
  /** A path within the methods pages that keeps the chosen organisation. */
  link: (path: string, params?: Record<string, string>) => string;
  choose: (organisationId: string) => void;
}

/**
 * Methods belong to an organisation. Most people have one, so paths stay
 * short; with several, the choice travels along in the query string.
 */
export function useMethodOrganisation(): MethodOrganisation {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const organisations = organisationsOf(viewer);
  const organisation = organisations.find((o) => o.id === params.get(PARAM)) ?? organisations[0];
  const canEdit = !!organisation && organisationsOf(viewer, METHOD_EDITOR_ROLES).some((o) => o.id === organisation.id);
  const several = organisations.length > 1;
  const organisationId = organisation?.id;

  const link = useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const query = new URLSearchParams(several && organisationId ? { [PARAM]: organisationId, ...extra } : extra).toString();
      return query ? `${path}?${query}` : path;
    },
    [several, organisationId],
  );
  const choose = useCallback((id: string) => setParams({ [PARAM]: id }), [setParams]);
  return { organisations, organisation, canEdit, link, choose };
}

/** The choice once it is known that the viewer belongs to the organisation shown. */
export type ChosenOrganisation = MethodOrganisation & { organisation: OrganisationRef };

export function hasOrganisation(choice: MethodOrganisation): choice is ChosenOrganisation {
  return choice.organisation !== undefined;
}
