import { LocalizedText, NotificationKind } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { MembershipRow, ReflectionSessionRow, TeamRow } from '../database/tables.generated';
import type { NotificationDraft } from './notifier';
import { isMember } from '../database/membership-sql';

/** One person who took part in a meeting that was held (a reflection session, a mirror conversation). */
export interface HeldMeetingParticipantRow {
  /** The meeting. */
  id: string;
  organisation_id: string;
  person_id: MembershipRow['person_id'];
  held_at: ReflectionSessionRow['scheduled_at'];
  team: TeamRow['name'] | null;
  /** The method's name, for meetings that follow one. */
  method?: LocalizedText | null;
}

/** What differs between the meetings whose write-up is approved: the notification and the page it links to. */
interface ApprovedNotice {
  kind: NotificationKind;
  link: (meetingId: string) => string;
}

/**
 * Who hears that the write-up of a held meeting was approved: the people of
 * `participants` (a query of HeldMeetingParticipantRow for the meeting $1),
 * except whoever approved it ($2, they know), and only people who still belong
 * to the organisation. The text names the team, the method (if any) and the
 * day it was held, never the question, the case or the theme.
 */
export async function approvedNotices(
  manager: EntityManager,
  notice: ApprovedNotice,
  participants: string,
  meetingId: string,
  approvedBy: string,
): Promise<NotificationDraft[]> {
  const rows: HeldMeetingParticipantRow[] = await manager.query(
    `SELECT p.* FROM (${participants}) p
     WHERE p.person_id <> $2
       AND ${isMember('p.person_id', 'p.organisation_id')}`,
    [meetingId, approvedBy],
  );
  return approvedNoticeDrafts(notice, rows);
}

/** One notification per participant; once ever (no due key), as the approval happens once. */
export function approvedNoticeDrafts(notice: ApprovedNotice, rows: readonly HeldMeetingParticipantRow[]): NotificationDraft[] {
  return rows.map((r) => ({
    kind: notice.kind,
    organisationId: r.organisation_id,
    personId: r.person_id,
    subjectId: r.id,
    dueKey: '',
    params: { when: new Date(r.held_at).toISOString(), ...(r.method === undefined ? {} : { method: r.method }), team: r.team },
    link: notice.link(r.id),
  }));
}
