import { METHOD_EDITOR_ROLES } from '@kring/domain';
import { useCallback } from 'react';
import { organisationsOf, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';

type OrganisationRef = ReturnType<typeof organisationsOf>[number];

export interface MethodOrganisation {
  organisations: OrganisationRef[];
  /** Undefined for someone who belongs to no organisation (yet). */
  organisation?: OrganisationRef;
  organisationId?: string;
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
  const { organisations, organisationId, choose } = useChosenOrganisation();
  const organisation = organisations.find((o) => o.id === organisationId);
  const canEdit = !!organisation && organisationsOf(viewer, METHOD_EDITOR_ROLES).some((o) => o.id === organisation.id);
  const several = organisations.length > 1;

  const link = useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const query = new URLSearchParams(several && organisationId ? { organisatie: organisationId, ...extra } : extra).toString();
      return query ? `${path}?${query}` : path;
    },
    [several, organisationId],
  );
  return { organisations, organisation, organisationId, canEdit, link, choose };
}

/** The choice once it is known that the viewer belongs to the organisation shown. */
export type ChosenOrganisation = MethodOrganisation & { organisation: OrganisationRef };

export function hasOrganisation(choice: MethodOrganisation): choice is ChosenOrganisation {
  return choice.organisation !== undefined;
}
