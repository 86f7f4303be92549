import { startMoved } from '../../../../engine/dates/start-to-come';

/** What a change of plan means for the invited relatives. */
export interface PlanMove {
  /** The date changed: the old one is kept (rescheduled_from) so a relative's page can say it moved. */
  dateMoved: boolean;
  /** The date or the place changed: every invited relative gets a mail. */
  moved: boolean;
}

/**
 * Whether a re-plan moves the conversation for the relatives. Only before it
 * is held: a change during the conversation (a listener who joins late) is
 * nothing they need to know. An omitted place keeps the old one, so it moves nothing. The start moves by whole
 * minutes (startMoved), as people see it: a start stored with seconds and sent back without them mails nobody.
 */
export function planMove(
  current: { status: string; scheduledAt: Date; place: string },
  next: { scheduledAt: Date; place?: string | null },
): PlanMove {
  const planned = current.status === 'planned';
  const dateMoved = planned && startMoved(current.scheduledAt, next.scheduledAt);
  return { dateMoved, moved: dateMoved || (planned && next.place != null && next.place !== current.place) };
}
