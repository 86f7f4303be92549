import { coreValueOf } from '../values/framework';
import { TAG_DIRECTIONS, TagDirection } from '../values/tagging';
import { CORE_VALUE_IDS, CoreValueId } from '../values/types';
import { QuarterKey, quarterOf } from './quarters';
import { shownCount, tooFewOrganisations } from '../privacy/suppression';

/** Tags of one framework item in one direction on one day, counted per group (the organisation, for the network). */
export interface TagCount {
  /** YYYY-MM-DD in the Netherlands. */
  readonly day: string;
  readonly itemId: string;
  readonly direction: TagDirection;
  readonly count: number;
  /** Who the tags came from; the network map needs enough of them per quarter. */
  readonly groupId: string;
}

/** Per direction: how often, or null when fewer than five (suppressed). */
export type DirectionCounts = Record<TagDirection, number | null>;

export interface HeatMapColumn {
  readonly quarter: QuarterKey;
  /** The whole quarter is left empty: too few groups (organisations) contributed to show it without pointing at one. */
  readonly suppressed: boolean;
}

export interface HeatMapRow {
  readonly valueId: CoreValueId;
  /** One per column, in the same order. */
  readonly cells: readonly DirectionCounts[];
}

export interface HeatMap {
  readonly columns: readonly HeatMapColumn[];
  readonly rows: readonly HeatMapRow[];
}

export interface HeatMapOptions {
  readonly quarters: readonly QuarterKey[];
  /**
   * The network map: the groups are organisations, and a quarter in which
   * too few of them tagged stays empty (tooFewOrganisations, the network
   * rule). A team or organisation map shows every quarter.
   */
  readonly network?: boolean;
}

function emptyCounts(): Record<TagDirection, number> {
  return { visible_strength: 0, under_pressure: 0, open_question: 0 };
}

/**
 * Values tagged over time (domain guide §3, §7): per quarter and core value,
 * how often it was tagged in each direction. A sub-value, factor or
 * vulnerability counts for its core value. This is a pattern, never a total:
 * directions are not added up, and cells of fewer than five are suppressed.
 */
export function buildHeatMap(tags: readonly TagCount[], options: HeatMapOptions): HeatMap {
  const index = new Map(options.quarters.map((q, i) => [q, i]));
  const totals = new Map<CoreValueId, Record<TagDirection, number>[]>(CORE_VALUE_IDS.map((id) => [id, options.quarters.map(emptyCounts)]));
  const groups = options.quarters.map(() => new Set<string>());
  for (const tag of tags) {
    const column = index.get(quarterOf(tag.day));
    const value = coreValueOf(tag.itemId);
    if (column === undefined || !value) continue;
    totals.get(value.id)![column][tag.direction] += tag.count;
    groups[column].add(tag.groupId);
  }
  const columns = options.quarters.map((quarter, i) => ({ quarter, suppressed: !!options.network && tooFewOrganisations(groups[i].size) }));
  const rows = CORE_VALUE_IDS.map((valueId) => ({
    valueId,
    cells: totals
      .get(valueId)!
      .map(
        (counts, i) =>
          Object.fromEntries(
            TAG_DIRECTIONS.map((direction) => [direction, columns[i].suppressed ? null : shownCount(counts[direction])]),
          ) as DirectionCounts,
      ),
  }));
  return { columns, rows };
}
