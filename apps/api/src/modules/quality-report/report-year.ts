import { FIRST_REPORT_YEAR, formatDutchDay, formatDutchTime, isReportYear, Language, yearInNetherlands } from '@kring/domain';
import { UserError } from '../../engine/graphql/user-error';
import { AT_DUTCH_TIME } from '../../engine/dates/dutch-time.sql';

/** A year that can have a report (isReportYear: from 2020 up to the current one), or a readable refusal. */
export function checkReportYear(year: number, now = new Date()): void {
  const current = yearInNetherlands(now);
  if (!isReportYear(year, current)) throw new UserError('REPORT_YEAR_INVALID', { min: FIRST_REPORT_YEAR, max: current });
}

/** SQL: a moment (timestamptz) falls in the calendar year `$param` as lived in the Netherlands. */
export function momentInYear(column: string, param: string): string {
  return `date_part('year', ${column} ${AT_DUTCH_TIME}) = ${param}`;
}

/** SQL: a day (date) falls in the calendar year `$param`. */
export function dayInYear(column: string, param: string): string {
  return `date_part('year', ${column}) = ${param}`;
}

/**
 * SQL: the peer visit `v` was held: agreed by both sides and its day has come (a visit agreed for later in the year is
 * not held yet, a cancelled or still-preparing one never was).
 */
export const VISIT_HELD = `v.status = 'agreed' AND v.visit_date <= (now() ${AT_DUTCH_TIME})::date`;

/** A day as the reader writes it: "3 maart 2025". */
export function formatDay(value: Date | string, language: Language): string {
  return typeof value === 'string' ? formatDutchDay(value, language) : formatDutchTime(value, language, { dateStyle: 'long' });
}
