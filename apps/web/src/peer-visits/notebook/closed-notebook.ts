import type { LocalNote, ReportStatus, VisitStatus } from '@kring/domain';

/**
 * Why the notebook takes no beelden, in the words the visitor needs: the visit is not agreed yet (it opens when
 * both sides agree), it was cancelled, or it is over (the mirror report closed, and what was left out of the report
 * was erased then). `unknown` for a notebook kept on the device before the visit's state was kept with it.
 */
export type ClosedReason = 'not_agreed' | 'cancelled' | 'report_closed' | 'unknown';

export function closedReason(visit: { status?: VisitStatus; reportStatus?: ReportStatus }): ClosedReason | null {
  if (visit.status === 'cancelled') return 'cancelled';
  if (visit.reportStatus === 'closed') return 'report_closed';
  if (visit.status === 'preparing') return 'not_agreed';
  if (visit.status === 'agreed') return null;
  return 'unknown';
}

/**
 * The device's copies the server no longer has: beelden that had reached it (in step, nothing waiting to be sent)
 * and are not in its list any more, because the retention rule erased them when the mirror report closed (withdrawn
 * ones and those left out of the report). The device lets them go too, so no copy outlives the rule on a phone. A
 * beeld that never reached the server, or has a change waiting, stays: it is the visitor's own, not yet sent.
 */
export function erasedOnServer(local: readonly LocalNote[], serverClientIds: ReadonlySet<string>): LocalNote[] {
  return local.filter((note) => note.pending === null && note.serverRevision > 0 && !serverClientIds.has(note.clientId));
}
