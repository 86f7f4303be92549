import { FINDING_TYPES, MIRROR_THEMES } from '../lenses/peer-visit';
import { coreValueOf } from '../values/framework';
import { CORE_VALUE_IDS } from '../values/types';
import { quarterOf } from '../learning/quarters';
import { shownCount } from '../privacy/suppression';

/**
 * The network harvest (netwerkoogst, domain guide §6.9): beelden from visits
 * whose host shared the mirror report with the network, counted by value,
 * mirror theme and finding type per quarter. Rows keep a fixed order (never
 * sorted by count) and there is no row or column per organisation: patterns,
 * not a ranking. Any count below the minimum group size is suppressed.
 */
export interface HarvestObservation {
  /** YYYY-MM-DD, the day of the visit. */
  readonly date: string;
  readonly findingType: string;
  readonly valueIds: readonly string[];
  readonly mirrorThemeId: string | null;
}

export const HARVEST_DIMENSIONS = ['value', 'mirror_theme', 'finding_type'] as const;
export type HarvestDimension = (typeof HARVEST_DIMENSIONS)[number];

export interface HarvestRow {
  readonly itemId: string;
  /** One per period, in period order; null: fewer than the minimum group size. */
  readonly counts: readonly (number | null)[];
}

export interface HarvestTable {
  readonly dimension: HarvestDimension;
  readonly periods: readonly string[];
  readonly rows: readonly HarvestRow[];
}

/** The items a beeld counts under, each once: sub-values and the like count under their core value. */
function itemsOf(observation: HarvestObservation, dimension: HarvestDimension): string[] {
  if (dimension === 'finding_type') return [observation.findingType];
  if (dimension === 'mirror_theme') return observation.mirrorThemeId ? [observation.mirrorThemeId] : [];
  return [...new Set(observation.valueIds.map((id) => coreValueOf(id)?.id).filter((id): id is NonNullable<typeof id> => !!id))];
}

const ROW_ORDER: Record<HarvestDimension, readonly string[]> = {
  value: CORE_VALUE_IDS,
  mirror_theme: MIRROR_THEMES.map((t) => t.id),
  finding_type: FINDING_TYPES.map((t) => t.id),
};

export function harvestTable(observations: readonly HarvestObservation[], dimension: HarvestDimension): HarvestTable {
  const periods = [...new Set(observations.map((o) => quarterOf(o.date)))].sort();
  const counts = new Map<string, number>();
  for (const o of observations) {
    for (const item of itemsOf(o, dimension)) {
      const key = `${item}|${quarterOf(o.date)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return {
    dimension,
    periods,
    rows: ROW_ORDER[dimension].map((itemId) => ({ itemId, counts: periods.map((p) => shownCount(counts.get(`${itemId}|${p}`) ?? 0)) })),
  };
}
