/**
 * How dark a heat-map cell is: by how often a value was tagged in the chosen
 * direction. Counts under five arrive as null and get a pattern of their own,
 * so "a few" never looks like "none".
 */
export type HeatLevel = '0' | 'few' | '1' | '2' | '3' | 'suppressed';

export function heatLevel(count: number | null | undefined, quarterSuppressed: boolean): HeatLevel {
  if (quarterSuppressed) return 'suppressed';
  if (count === null || count === undefined) return 'few';
  if (count === 0) return '0';
  if (count < 10) return '1';
  if (count < 20) return '2';
  return '3';
}
