import { PracticeStatus, RUNNING_PRACTICE_STATUSES } from '@kring/domain';

/** What the list order of practices looks at. */
export interface ListedPractice {
  status: PracticeStatus;
  lookBackDue: boolean;
  /** YYYY-MM-DD, or null when no look-back is agreed. */
  lookBackOn: string | null;
  createdAt: Date;
}

/**
 * The order of a team's practice list (a sort comparator): due look-backs
 * first, then the running ones by look-back date (those without a date last,
 * then the oldest first), then the finished ones, newest first.
 */
export function practiceListOrder(a: ListedPractice, b: ListedPractice): number {
  const rank = (p: ListedPractice) => (p.lookBackDue ? 0 : RUNNING_PRACTICE_STATUSES.includes(p.status) ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 2) return b.createdAt.getTime() - a.createdAt.getTime();
  return (a.lookBackOn ?? '9999').localeCompare(b.lookBackOn ?? '9999') || a.createdAt.getTime() - b.createdAt.getTime();
}
