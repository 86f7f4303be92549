import { quarterOf, shownCount } from '@kring/domain';

/**
 * The quarter each rule in the way of the network harvest may say it is from: only a quarter the tables show, and
 * only when that quarter holds enough of them to be counted. Two texts labelled with a quarter whose cell reads
 * "minder dan 5" would say the cell is 2. Given the days of the rules in the way and the quarters the tables show;
 * answers per day its label, or null.
 */
export function obstaclePeriods(days: readonly string[], shownPeriods: ReadonlySet<string>): (string | null)[] {
  const inQuarter = new Map<string, number>();
  for (const day of days) inQuarter.set(quarterOf(day), (inQuarter.get(quarterOf(day)) ?? 0) + 1);
  return days.map((day) => {
    const quarter = quarterOf(day);
    return shownPeriods.has(quarter) && shownCount(inQuarter.get(quarter)!) !== null ? quarter : null;
  });
}
