import {
  ClientGroup,
  HEADLINE_START,
  HEADLINE_STOP,
  LibraryAudience,
  LibrarySourceKind,
  LocationKind,
  MIN_GROUP_SIZE,
  OrganisationKind,
  sharedDescriptor,
  snippetParts,
} from '@kring/domain';
import { LibraryHitDto, SnippetPartDto } from './dtos/library.dto';
import { allowedForReader } from './library-sources';

/** Where a search is made from: an organisation (its own items and its network's), or a network as such. */
export interface SearchContext {
  ownOrganisationId: string | null;
  networkId: string | null;
  /** The person reading, when they read in their organisation (what they shared themselves they may always read). */
  readerId: string | null;
}

/** What an item shows of where it comes from: the organisation's kind and groups, the team's location kind. */
export const ITEM_JOINS = `JOIN organisation o ON o.id = li.organisation_id LEFT JOIN team t ON t.id = li.team_id LEFT JOIN location l ON l.id = t.location_id`;
export const ITEM_FROM = `library_item li ${ITEM_JOINS}`;

/** How many organisations of the item's network share its organisation's kind (sharedDescriptor decides whether to name it). */
const KIND_SHARED_BY = `(SELECT count(*)::int FROM organisation x WHERE x.network_id = o.network_id AND x.kind = o.kind)`;

export const ITEM_COLUMNS = `li.id, li.organisation_id, li.source_kind, li.audience, li.title, li.value_ids, li.shared_at,
  o.kind AS organisation_kind, ${KIND_SHARED_BY} AS kind_shared_by, o.client_groups, l.kind AS location_kind, t.name AS team_name`;

/**
 * The kind-of-organisation filter ($5), over ITEM_FROM with $1 the own
 * organisation: another organisation's item matches a kind only when five or
 * more organisations in the network share that kind — a filter on a kind
 * only one organisation has would name it as surely as showing it.
 */
export const KIND_FILTER = `(cardinality($5::text[]) = 0 OR (o.kind = ANY($5) AND (li.organisation_id = $1 OR ${KIND_SHARED_BY} >= ${MIN_GROUP_SIZE})))`;

/**
 * Whom an item was shared with, as a condition over ITEM_FROM with $1 the
 * own organisation and $2 the network: the own organisation everything it
 * shared, the network what was shared with the network (before consent:
 * visibleItem).
 */
export const SHARED_WITH = `(li.organisation_id = $1 OR (li.audience = 'network' AND $2::uuid IS NOT NULL AND o.network_id = $2))`;

/** Who sees an item (`reader` the parameter holding the reader): it was shared with them, and its consent or approval still allows it for them. */
export const visibleItem = (reader: string) => `${SHARED_WITH} AND ${allowedForReader(reader)}`;

/**
 * ts_headline options, written into the SQL as a literal (a constant of the code): matched words between
 * control characters that typed text never holds, so nothing is read as HTML.
 */
export const HEADLINE_OPTIONS = `StartSel=${HEADLINE_START}, StopSel=${HEADLINE_STOP}, MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … "`;

/** Without search words, a snippet is the opening of the text, cut at a word. */
const OPENING_LENGTH = 240;

export interface ItemRow {
  id: string;
  organisation_id: string;
  source_kind: LibrarySourceKind;
  audience: LibraryAudience;
  title: string;
  value_ids: string[];
  shared_at: Date;
  organisation_kind: OrganisationKind;
  kind_shared_by: number;
  client_groups: ClientGroup[];
  location_kind: LocationKind | null;
  team_name: string | null;
}

export function openingOf(body: string): SnippetPartDto[] {
  if (body.length <= OPENING_LENGTH) return [{ text: body, match: false }];
  const cut = body.slice(0, OPENING_LENGTH);
  return [{ text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))} …`, match: false }];
}

export function toHit(row: ItemRow, context: SearchContext, snippet: SnippetPartDto[] | string): LibraryHitDto {
  const own = row.organisation_id === context.ownOrganisationId;
  return {
    id: row.id,
    kind: row.source_kind,
    audience: row.audience,
    title: row.title,
    snippet: typeof snippet === 'string' ? snippetParts(snippet) : snippet,
    valueIds: row.value_ids,
    setting: {
      organisationKind: own ? row.organisation_kind : sharedDescriptor(row.organisation_kind, row.kind_shared_by),
      locationKind: row.location_kind,
      clientGroups: row.client_groups,
    },
    fromOwnOrganisation: own,
    // Another organisation's team name could identify it; the setting says enough.
    teamName: own ? row.team_name : null,
    sharedAt: row.shared_at,
  };
}
