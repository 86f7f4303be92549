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

/**
 * A library search. The filters travel in the address, so a search can be bookmarked, shared and gone back to; the
 * typed words do not: someone may type a name or a BSN, and an address lands in browser history, server logs and
 * shared links. The words live in the history entry's own state (libraryWords), which the back button and a reload
 * bring back and nothing sends anywhere.
 */
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

/** The history entry's state of a library search: the typed words, never in the address. */
export interface LibraryHistoryState {
  libraryWords: string;
}

/** The words of the search this history entry holds ('' for none); a state that is not a library search has none. */
export function libraryWords(state: unknown): string {
  const words = (state as Partial<LibraryHistoryState> | null)?.libraryWords;
  return typeof words === 'string' ? words : '';
}

/** The search of an address and its history entry's state. An old address's `q` is still read (readdressed at once). */
export function readLibraryQuery(params: URLSearchParams, state: unknown): LibraryQuery {
  const raw = (key: ListKey) => (params.get(LISTS[key]) ?? '').split(',').filter(Boolean);
  // Anything not on a list is dropped rather than sent; the server checks value ids itself.
  const only = <T extends string>(key: ListKey, allowed: readonly T[]) =>
    raw(key).filter((v): v is T => (allowed as readonly string[]).includes(v));
  return {
    query: libraryWords(state) || (params.get(OLD_WORDS_PARAM) ?? ''),
    valueIds: raw('valueIds'),
    organisationKinds: only('organisationKinds', ORGANISATION_KINDS),
    locationKinds: only('locationKinds', LOCATION_KINDS),
    clientGroups: only('clientGroups', CLIENT_GROUPS),
    sourceKinds: only('sourceKinds', LIBRARY_SOURCE_KINDS),
  };
}

/** Where the words were in the address before they moved to the history state: taken out whenever a search is written. */
export const OLD_WORDS_PARAM = 'q';

/** The address of a search (its filters; the words never) and the state its history entry keeps the words in. */
export function writeLibraryQuery(current: URLSearchParams, search: LibraryQuery): { params: URLSearchParams; state: LibraryHistoryState } {
  // An empty list leaves the address (withParams takes out what is empty).
  const lists = (Object.keys(LISTS) as ListKey[]).map((key) => [LISTS[key], search[key].join(',')] as const);
  return { params: withParams(current, { [OLD_WORDS_PARAM]: null, ...Object.fromEntries(lists) }), state: { libraryWords: search.query } };
}
