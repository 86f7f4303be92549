import { DEFAULT_RETENTION_DAYS } from '@kring/domain';

const DAY_MS = 24 * 3600_000;

/**
 * Raw notes older than the returned moment are purged. The period is counted
 * in whole 24-hour days back from `now` (not calendar days in Dutch time, so
 * over a clock change the cut-off's Dutch clock time differs by an hour); an
 * organisation that never chose a period has the default.
 */
export function retentionCutoff(now: Date, retentionDays: number | null | undefined): Date {
  return new Date(now.getTime() - (retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS);
}
