import {
  CLIENT_GROUPS,
  LIBRARY_SOURCE_KINDS,
  LOCATION_KINDS,
  ORGANISATION_KINDS,
  type ClientGroup,
  type LibrarySourceKind,
  type LocationKind,
  type OrganisationKind,
} from '@kring/domain';
import { withParams } from '../ui/address-params';

/** The search as it travels in the address, so a search can be bookmarked, shared and gone back to. */
export interface LibraryQuery {
  query: string;
  valueIds: string[];
  organisationKinds: OrganisationKind[];
  locationKinds: LocationKind[];
  clientGroups: ClientGroup[];
  sourceKinds: LibrarySourceKind[];
}

const LISTS = {
  valueIds: 'waarden',
  organisationKinds: 'organisatie-soort',
  locationKinds: 'locatie-soort',
  clientGroups: 'voor-wie',
  sourceKinds: 'soort',
} as const;

type ListKey = keyof typeof LISTS;

export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
  const raw = (key: ListKey) => (params.get(LISTS[key]) ?? '').split(',').filter(Boolean);
  // Anything not on a list is dropped rather than sent; the server checks value ids itself.
  const only = <T extends string>(key: ListKey, allowed: readonly T[]) =>
    raw(key).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return {
    query: params.get('q') ?? '',
    valueIds: raw('valueIds'),
    organisationKinds: only('organisationKinds', ORGANISATION_KINDS),
    locationKinds: only('locationKinds', LOCATION_KINDS),
    clientGroups: only('clientGroups', CLIENT_GROUPS),
    sourceKinds: only('sourceKinds', LIBRARY_SOURCE_KINDS),
  };
}

export function writeLibraryQuery(current: URLSearchParams, search: LibraryQuery): URLSearchParams {
  // An empty list leaves the address (withParams takes out what is empty).
  const lists = (Object.keys(LISTS) as ListKey[]).map((key) => [LISTS[key], search[key].join(',')] as const);
  return withParams(current, { q: search.query, ...Object.fromEntries(lists) });
}
