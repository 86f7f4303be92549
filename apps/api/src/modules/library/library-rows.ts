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

/*
 * How many organisations of the item's network share each thing said of where it comes from: the organisation's
 * kind, its team's location kind, each of its client groups (sharedDescriptor decides whether to name it).
 */
const KIND_SHARED_BY = `(SELECT count(*)::int FROM organisation x WHERE x.network_id = o.network_id AND x.kind = o.kind)`;
const LOCATION_KIND_SHARED_BY = `(SELECT count(DISTINCT x.id)::int FROM organisation x JOIN location xl ON xl.organisation_id = x.id
  WHERE x.network_id = o.network_id AND xl.kind = l.kind)`;
const groupSharedBy = (group: string) =>
  `(SELECT count(*)::int FROM organisation x WHERE x.network_id = o.network_id AND ${group} = ANY(x.client_groups))`;

export const ITEM_COLUMNS = `li.id, li.organisation_id, li.source_kind, li.audience, li.title, li.value_ids, li.shared_at,
  o.kind AS organisation_kind, ${KIND_SHARED_BY} AS kind_shared_by, o.client_groups,
  ARRAY(SELECT ${groupSharedBy('g')} FROM unnest(o.client_groups) WITH ORDINALITY AS u(g, n) ORDER BY n) AS client_groups_shared_by,
  l.kind AS location_kind, ${LOCATION_KIND_SHARED_BY} AS location_kind_shared_by, t.name AS team_name`;

/** Another organisation's item matches a filter on what it is only when that is shared widely enough to name (see below). */
const ownOrShared = (sharedBy: string) => `(li.organisation_id = $1 OR ${sharedBy} >= ${MIN_GROUP_SIZE})`;

/**
 * The filters on where an item comes from, over ITEM_FROM with $1 the own
 * organisation: the organisation's kind ($5), the location's kind ($6), the
 * client groups ($7). Another organisation's item matches one only when five or
 * more organisations in the network share it — a filter on something only one
 * organisation has would name it as surely as showing it.
 */
export const SETTING_FILTERS = `(cardinality($5::text[]) = 0 OR (o.kind = ANY($5) AND ${ownOrShared(KIND_SHARED_BY)}))
  AND (cardinality($6::text[]) = 0 OR (l.kind = ANY($6) AND ${ownOrShared(LOCATION_KIND_SHARED_BY)}))
  AND (cardinality($7::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest(o.client_groups) g WHERE g = ANY($7) AND ${ownOrShared(groupSharedBy('g'))}))`;

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
  /** Per client group, in the same order. */
  client_groups_shared_by: number[];
  location_kind: LocationKind | null;
  location_kind_shared_by: number;
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
      locationKind: own ? row.location_kind : sharedDescriptor(row.location_kind, row.location_kind_shared_by),
      clientGroups: own ? row.client_groups : row.client_groups.filter((_, i) => sharedDescriptor(true, row.client_groups_shared_by[i])),
    },
    fromOwnOrganisation: own,
    // Another organisation's team name could identify it; the setting says enough.
    teamName: own ? row.team_name : null,
    sharedAt: row.shared_at,
  };
}
