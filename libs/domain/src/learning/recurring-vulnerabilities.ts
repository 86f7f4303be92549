import { findFrameworkItem } from '../values/framework';
import { TagDirection } from '../values/tagging';
import { VULNERABILITIES } from '../values/vulnerabilities';
import { TagCount } from './heat-map';
import { QuarterKey, quarterOf } from './quarters';
import { shownCount } from '../privacy/suppression';

/** A vulnerability counts as coming up when it is tagged as under pressure or as an open question. */
const CONCERN_DIRECTIONS: readonly TagDirection[] = ['under_pressure', 'open_question'];

/** Quarters a vulnerability must come up in before it is called recurring. */
export const RECURRING_QUARTERS = 2;

export interface VulnerabilityPattern {
  readonly vulnerabilityId: string;
  /** The quarters it came up in, oldest first. */
  readonly quarters: readonly QuarterKey[];
  /** How often it was tagged, or null when fewer than five (suppressed). */
  readonly count: number | null;
  readonly recurring: boolean;
}

/**
 * The kwetsbaarheden of the framework that came up (under pressure, or as a
 * question) in the shown quarters, those that came back most often first.
 * Quarters the heat map suppresses are left out here too, so the list never
 * tells what the map keeps quiet.
 */
export function vulnerabilityPatterns(tags: readonly TagCount[], shownQuarters: readonly QuarterKey[]): VulnerabilityPattern[] {
  const shown = new Set(shownQuarters);
  const found = new Map<string, { quarters: Set<QuarterKey>; count: number }>();
  for (const tag of tags) {
    const quarter = quarterOf(tag.day);
    if (!shown.has(quarter) || !CONCERN_DIRECTIONS.includes(tag.direction) || findFrameworkItem(tag.itemId)?.kind !== 'vulnerability')
      continue;
    const entry = found.get(tag.itemId) ?? { quarters: new Set(), count: 0 };
    entry.quarters.add(quarter);
    entry.count += tag.count;
    found.set(tag.itemId, entry);
  }
  const order = VULNERABILITIES.map((v) => v.id);
  return [...found.entries()]
    .map(([vulnerabilityId, { quarters, count }]) => ({
      vulnerabilityId,
      quarters: [...quarters].sort(),
      count: shownCount(count),
      recurring: quarters.size >= RECURRING_QUARTERS,
    }))
    .sort((a, b) => b.quarters.length - a.quarters.length || order.indexOf(a.vulnerabilityId) - order.indexOf(b.vulnerabilityId));
}
