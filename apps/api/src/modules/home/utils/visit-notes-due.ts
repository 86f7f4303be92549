import { todayInNetherlands } from '@kring/domain';

/** A notebook is worth a step from a week before the visit (to get it ready offline) until two days after (late beelden). */
const DAYS_BEFORE = 7;
const DAYS_AFTER = 2;
const DAY_MS = 24 * 3600_000;

/**
 * Whether the home page points a member of the visiting team to the visit's
 * notebook: the visit is agreed, its report still a draft the visitors write,
 * and its day near (`visitDate` YYYY-MM-DD, compared with the Dutch calendar day of `now`).
 */
export function visitNotesDue(visit: { status: string; reportStatus: string; visitDate: string | null }, now: Date = new Date()): boolean {
  if (visit.status !== 'agreed' || visit.reportStatus !== 'draft' || !visit.visitDate) return false;
  const from = todayInNetherlands(new Date(now.getTime() - DAYS_AFTER * DAY_MS));
  const until = todayInNetherlands(new Date(now.getTime() + DAYS_BEFORE * DAY_MS));
  return visit.visitDate >= from && visit.visitDate <= until;
}
