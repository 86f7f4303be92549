import { NETHERLANDS_TIME_ZONE } from '@kring/domain';

/**
 * SQL: "as lived in the Netherlands" — `created_at ${AT_DUTCH_TIME}` is the wall-clock time in
 * Amsterdam, so days and years in queries turn at the same moment as in the TypeScript rules
 * (`todayInNetherlands` in @kring/domain), with the time zone named once.
 */
export const AT_DUTCH_TIME = `AT TIME ZONE '${NETHERLANDS_TIME_ZONE}'`;
