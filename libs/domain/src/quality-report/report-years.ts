/** Kring keeps no data from before this year, so no report is about an earlier one. */
export const FIRST_REPORT_YEAR = 2020;

/** A year a report can be about: from FIRST_REPORT_YEAR up to the current one (a later year has nothing yet). */
export function isReportYear(year: number, current: number): boolean {
  return Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= current;
}

/**
 * The years a report is offered for, the current one first, back to the first year with something in it
 * (`firstWithData`, null for nothing yet): an organisation that started this year is not offered years it never had.
 * Clamped to the years isReportYear accepts, so every year offered is one the API answers.
 */
export function reportYears(firstWithData: number | null, current: number): number[] {
  const first = Math.min(Math.max(firstWithData ?? current, FIRST_REPORT_YEAR), current);
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}
