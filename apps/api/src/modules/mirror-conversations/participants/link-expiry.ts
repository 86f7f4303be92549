import { NETHERLANDS_TIME_ZONE } from '@kring/domain';

/**
 * A personal link's end, as its mail and page say it: "werkt tot en met" the day `days` from today, on the calendar in
 * the Netherlands, so the last second of that day (before, the link stopped at the hour it was made, on that day).
 * SQL for an expression whose `days` is a parameter (`'$9'`) or a number.
 */
export function linkExpiresAfter(days: string): string {
  const zone = `'${NETHERLANDS_TIME_ZONE}'`;
  return `((date_trunc('day', now() AT TIME ZONE ${zone}) + make_interval(days => ${days} + 1)) AT TIME ZONE ${zone} - interval '1 second')`;
}
