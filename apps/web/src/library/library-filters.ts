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
  const next = new URLSearchParams(current);
  if (search.query) next.set('q', search.query);
  else next.delete('q');
  for (const key of Object.keys(LISTS) as ListKey[]) {
    if (search[key].length) next.set(LISTS[key], search[key].join(','));
    else next.delete(LISTS[key]);
  }
  return next;
}
