import { FINDING_TYPES, MIRROR_THEMES } from '../lenses/peer-visit';
import { coreValueOf } from '../values/framework';
import { CORE_VALUE_IDS } from '../values/types';
import { QuarterKey, quarterLabel, quarterOf } from '../learning/quarters';
import { enoughSources, MIN_GROUP_SIZE, shownCount } from '../privacy/suppression';
import type { Language } from '../i18n/language';
import type { LocalizedText } from '../values/localized-text';

/**
 * The network harvest (netwerkoogst, domain guide §6.9): beelden from visits
 * whose host shared the mirror report with the network, counted by value,
 * mirror theme and finding type per quarter. Rows keep a fixed order (never
 * sorted by count) and there is no row or column per organisation: patterns,
 * not a ranking. Any count below the minimum group size is suppressed, and so
 * is a quarter with beelden from fewer visits than that (harvestPeriods).
 */
export interface HarvestObservation {
  /** The visit (one home's report) the beeld is from. */
  readonly visitId: string;
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
  /** How many quarters with beelden are left out (harvestPeriods), not even in the pooled column. */
  readonly periodsLeftOut: number;
}

/**
 * The column of the quarters too small to show alone, counted together when
 * together they hold beelden from enough visits (else they are left out).
 */
export const POOLED_PERIOD = 'pooled';

/** The same column when no quarter is large enough alone: then it holds every quarter, and "other" would point at nothing. */
const ALL_POOLED_PERIOD = 'pooled-all';

/** A harvest column's heading: the quarter in words ("K3 2026"), or the pooled quarters. */
export function harvestPeriodLabel(period: string): LocalizedText {
  if (period === POOLED_PERIOD) return { nl: 'Andere kwartalen samen', en: 'Other quarters together' };
  if (period === ALL_POOLED_PERIOD) return { nl: 'Alle kwartalen samen', en: 'All quarters together' };
  return quarterLabel(period as QuarterKey);
}

/**
 * The quarters a harvest shows: those with beelden from at least the minimum
 * group size of visits. A quarter of fewer would be the profile of one or two
 * homes, which the schedule of visits names, however large its counts.
 */
export function harvestPeriods(observations: readonly HarvestObservation[]): { shown: string[]; leftOut: string[] } {
  const visits = new Map<string, Set<string>>();
  for (const o of observations) {
    const period = quarterOf(o.date);
    visits.set(period, (visits.get(period) ?? new Set()).add(o.visitId));
  }
  const periods = [...visits.keys()].sort();
  return {
    shown: periods.filter((p) => enoughSources(visits.get(p)!.size)),
    leftOut: periods.filter((p) => !enoughSources(visits.get(p)!.size)),
  };
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
  const { shown, leftOut } = harvestPeriods(observations);
  const small = new Set(leftOut);
  const pooledVisits = new Set(observations.filter((o) => small.has(quarterOf(o.date))).map((o) => o.visitId));
  const pooled = leftOut.length > 0 && enoughSources(pooledVisits.size);
  const pooledPeriod = shown.length > 0 ? POOLED_PERIOD : ALL_POOLED_PERIOD;
  const periods = pooled ? [...shown, pooledPeriod] : shown;
  const counts = new Map<string, number>();
  for (const o of observations) {
    const quarter = quarterOf(o.date);
    const period = small.has(quarter) ? (pooled ? pooledPeriod : null) : quarter;
    if (period === null) continue;
    for (const item of itemsOf(o, dimension)) {
      const key = `${item}|${period}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return {
    dimension,
    periods,
    rows: ROW_ORDER[dimension].map((itemId) => ({ itemId, counts: periods.map((p) => shownCount(counts.get(`${itemId}|${p}`) ?? 0)) })),
    periodsLeftOut: pooled ? 0 : leftOut.length,
  };
}

/** What a harvest table says under it when harvestPeriods left quarters out (null when none): the screens and the exports alike. */
export function periodsLeftOutSentence(count: number, language: Language): string | null {
  if (count === 0) return null;
  if (language === 'en')
    return count === 1
      ? `One quarter with observations from fewer than ${MIN_GROUP_SIZE} visits is left out: its column would point at one or two homes.`
      : `${count} quarters with observations from fewer than ${MIN_GROUP_SIZE} visits are left out, together too: their columns would point at one or two homes.`;
  return count === 1
    ? `Eén kwartaal met beelden uit minder dan ${MIN_GROUP_SIZE} visitaties staat er niet in: die kolom zou naar één of twee organisaties wijzen.`
    : `${count} kwartalen met beelden uit minder dan ${MIN_GROUP_SIZE} visitaties staan er niet in, ook samen niet: die kolommen zouden naar één of twee organisaties wijzen.`;
}
