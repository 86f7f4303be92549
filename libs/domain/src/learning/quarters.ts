import { LocalizedText } from '../values/localized-text';

/** A calendar quarter as a sortable key, e.g. "2026-Q1". */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

const DAY = /^(\d{4})-(\d{2})-\d{2}$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter a calendar day (YYYY-MM-DD, as on the wall in the Netherlands) falls in. */
export function quarterOf(day: string): QuarterKey {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  const quarter = Math.floor((Number(match[2]) - 1) / 3) + 1;
  return `${Number(match[1])}-Q${quarter}` as QuarterKey;
}

function parts(key: QuarterKey): [year: number, quarter: number] {
  const match = QUARTER.exec(key);
  if (!match) throw new Error(`Not a quarter: ${key}`);
  return [Number(match[1]), Number(match[2])];
}

/** The quarter `steps` quarters after (or, negative, before) `key`. */
export function shiftQuarter(key: QuarterKey, steps: number): QuarterKey {
  const [year, quarter] = parts(key);
  const index = year * 4 + (quarter - 1) + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}` as QuarterKey;
}

/**
 * The `count` quarters up to and including the quarter of `today`, oldest
 * first: the columns of a heat map, so empty quarters show as empty rather
 * than disappearing.
 */
export function recentQuarters(today: string, count: number): QuarterKey[] {
  const last = quarterOf(today);
  return Array.from({ length: count }, (_, i) => shiftQuarter(last, i - count + 1));
}

/** The first calendar day of a quarter (YYYY-MM-DD), for "from" bounds in queries. */
export function quarterStart(key: QuarterKey): string {
  const [year, quarter] = parts(key);
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** "K1 2026" in Dutch (kwartaal), "Q1 2026" in English. */
export function quarterLabel(key: QuarterKey): LocalizedText {
  const [year, quarter] = parts(key);
  return { nl: `K${quarter} ${year}`, en: `Q${quarter} ${year}` };
}
