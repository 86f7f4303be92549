import { LocalizedText, NotificationParams, todayInNetherlands } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { NotificationDraft } from '../../../engine/notifications/notifier';
import type {
  MirrorConversationRow,
  MirrorListenerRow,
  OrganisationRow,
  PeerVisitRow,
  PracticeRow,
  ReflectionSessionRow,
  SessionParticipantRow,
  TeamRow,
} from '../../../engine/database/tables.generated';
import { WEB_PATHS } from '../../calendar';
import { PracticesService } from '../../practices';
import { isMember } from '../../../engine/database/membership-sql';

/** A notification that is due for one person; the job inserts it at most once (see the notification table). */
type ReminderCandidate = NotificationDraft;

/** The labels a reminder about a session or mirror conversation reads (never its question or theme). */
type Labelled = { team: TeamRow['name'] | null };
type InvitedRow = Pick<ReflectionSessionRow, 'id' | 'organisation_id' | 'scheduled_at'> &
  Pick<SessionParticipantRow, 'person_id'> &
  Labelled & { method: LocalizedText };
type ConversationRow = Pick<MirrorConversationRow, 'id' | 'organisation_id' | 'scheduled_at'> &
  Pick<MirrorListenerRow, 'person_id'> &
  Labelled;
type VisitRole = NonNullable<NotificationParams['visitRole']>;
/** One person on one side of a peer visit, and the name of the organisation on the other side. */
type VisitSideRow = Pick<PeerVisitRow, 'id' | 'organisation_id'> & {
  person_id: string;
  other_name: OrganisationRow['name'];
  visit_role: VisitRole;
};
type LookBackRecipientRow = Pick<PracticeRow, 'id'> & { person_id: string };

/** The moment the job runs for, and that day on the wall in the Netherlands. */
interface ReminderClock {
  now: Date;
  today: string;
}

export function reminderClock(now: Date): ReminderClock {
  return { now, today: todayInNetherlands(now) };
}

/** What every source reads from. */
interface ReminderContext {
  manager: EntityManager;
  clock: ReminderClock;
  practices: PracticesService;
}

/** Invitations older than this are not announced any more (e.g. when reminders are first switched on). */
const INVITATION_WINDOW = `interval '7 days'`;
/** "Binnenkort": reminders go out in the last day before. */
const SOON = `interval '24 hours'`;
/** Look-backs that were due longer ago than this no longer get a first reminder. */
const LOOK_BACK_WINDOW_DAYS = 14;

const moment = (value: Date) => new Date(value).toISOString();

/** A source's row: the subject (`id`), and one person reminded of it in one organisation. */
type RecipientRow = { id: string; organisation_id: string; person_id: string };

/** A reminder per row: its subject, organisation and person, with what the kind says of it (due key, parameters, link). */
function candidates<R extends RecipientRow>(
  rows: readonly R[],
  kind: ReminderCandidate['kind'],
  of: (row: R) => Pick<ReminderCandidate, 'dueKey' | 'params' | 'link'>,
): ReminderCandidate[] {
  return rows.map((r) => ({ kind, organisationId: r.organisation_id, personId: r.person_id, subjectId: r.id, ...of(r) }));
}

/** The people invited to sessions, with what a reminder about a session reads: when, the method and the team. */
const INVITED_TO_SESSION = `SELECT s.id, s.organisation_id, sp.person_id, s.scheduled_at, s.method_snapshot->'name' AS method, t.name AS team
     FROM session_participant sp JOIN reflection_session s ON s.id = sp.session_id LEFT JOIN team t ON t.id = s.team_id`;
const aboutSession = (r: InvitedRow) => ({
  params: { when: moment(r.scheduled_at), method: r.method, team: r.team },
  link: WEB_PATHS.session(r.id),
});
const aboutConversation = (r: ConversationRow) => ({
  params: { when: moment(r.scheduled_at), team: r.team },
  link: WEB_PATHS.mirrorConversation(r.id),
});

/** Invited to a planned session (not by oneself). */
async function sessionInvitations({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: InvitedRow[] = await manager.query(
    `${INVITED_TO_SESSION}
     WHERE s.status = 'planned' AND s.scheduled_at > $1 AND sp.invited_at <= $1 AND sp.invited_at > $1 - ${INVITATION_WINDOW}
       AND sp.person_id IS DISTINCT FROM s.created_by AND ${isMember('sp.person_id', 's.organisation_id')}`,
    [now],
  );
  return candidates(rows, 'session_invited', (r) => ({ dueKey: '', ...aboutSession(r) }));
}

/** The last day before a planned session, for everyone in it who was not invited that late. */
async function sessionsSoon({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: InvitedRow[] = await manager.query(
    `${INVITED_TO_SESSION}
     WHERE s.status = 'planned' AND s.scheduled_at > $1 AND s.scheduled_at <= $1 + ${SOON}
       AND sp.invited_at <= s.scheduled_at - ${SOON} AND ${isMember('sp.person_id', 's.organisation_id')}`,
    [now],
  );
  return candidates(rows, 'session_soon', (r) => ({ dueKey: moment(r.scheduled_at), ...aboutSession(r) }));
}

/** Asked to listen in (buitenkring) at a planned mirror conversation. */
async function listenerInvitations({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: ConversationRow[] = await manager.query(
    `SELECT c.id, c.organisation_id, l.person_id, c.scheduled_at, t.name AS team
     FROM mirror_listener l JOIN mirror_conversation c ON c.id = l.conversation_id LEFT JOIN team t ON t.id = c.team_id
     WHERE c.status = 'planned' AND c.scheduled_at > $1 AND l.person_id IS DISTINCT FROM c.created_by
       AND ${isMember('l.person_id', 'c.organisation_id')}`,
    [now],
  );
  return candidates(rows, 'mirror_listener_invited', (r) => ({ dueKey: '', ...aboutConversation(r) }));
}

/** The last day before a mirror conversation, for its moderator and listeners. */
async function conversationsSoon({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: ConversationRow[] = await manager.query(
    `SELECT DISTINCT c.id, c.organisation_id, who.person_id, c.scheduled_at, t.name AS team
     FROM mirror_conversation c LEFT JOIN team t ON t.id = c.team_id
     CROSS JOIN LATERAL (SELECT c.moderator_id AS person_id UNION SELECT l.person_id FROM mirror_listener l WHERE l.conversation_id = c.id) who
     WHERE c.status = 'planned' AND c.scheduled_at > $1 AND c.scheduled_at <= $1 + ${SOON}
       AND ${isMember('who.person_id', 'c.organisation_id')}`,
    [now],
  );
  return candidates(rows, 'mirror_soon', (r) => ({ dueKey: moment(r.scheduled_at), ...aboutConversation(r) }));
}

/** Today or tomorrow: an agreed peer visit, for the visiting team and the host's care entrepreneurs. */
async function visitsSoon({ manager, clock: { today } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: (VisitSideRow & { visit_date: string })[] = await manager.query(
    `SELECT DISTINCT v.id, v.visit_date::text AS visit_date, who.organisation_id, who.person_id, who.visit_role, other.name AS other_name
     FROM peer_visit v
     CROSS JOIN LATERAL (
       SELECT v.visiting_organisation_id AS organisation_id, pm.person_id, 'visitor' AS visit_role, v.organisation_id AS other_id
       FROM peer_visit_member pm WHERE pm.visit_id = v.id AND pm.person_id IS NOT NULL
       UNION
       SELECT v.organisation_id, m.person_id, 'host', v.visiting_organisation_id
       FROM membership m WHERE m.organisation_id = v.organisation_id AND m.role = 'entrepreneur'
     ) who
     JOIN organisation other ON other.id = who.other_id
     WHERE v.status = 'agreed' AND v.visit_date BETWEEN $1::date AND $1::date + 1
       AND ${isMember('who.person_id', 'who.organisation_id')}`,
    [today],
  );
  return candidates(rows, 'visit_soon', (r) => ({
    dueKey: r.visit_date,
    params: { when: r.visit_date, organisation: r.other_name, visitRole: r.visit_role },
    link: WEB_PATHS.peerVisit(r.id),
  }));
}

/**
 * A practice whose look-back day has come (PracticesService.dueLookBacks
 * decides), for the members of its team and whoever wrote it down. A
 * look-back that was due long ago gets no first reminder any more.
 */
async function lookBacksDue({ manager, clock, practices }: ReminderContext): Promise<ReminderCandidate[]> {
  const earliest = new Date(`${clock.today}T00:00:00Z`);
  earliest.setUTCDate(earliest.getUTCDate() - LOOK_BACK_WINDOW_DAYS);
  const due = (await practices.dueLookBacks(clock.today)).filter((p) => p.lookBackOn > earliest.toISOString().slice(0, 10));
  if (due.length === 0) return [];
  const recipients: LookBackRecipientRow[] = await manager.query(
    `SELECT DISTINCT p.id, m.person_id FROM practice p
     JOIN membership m ON m.organisation_id = p.organisation_id AND (m.team_id = p.team_id OR m.person_id = p.created_by)
     WHERE p.id = ANY($1::uuid[])`,
    [due.map((p) => p.practiceId)],
  );
  const byId = new Map(due.map((p) => [p.practiceId, p]));
  return recipients.map((r) => {
    const p = byId.get(r.id)!;
    return {
      kind: 'look_back_due',
      organisationId: p.organisationId,
      personId: r.person_id,
      subjectId: p.practiceId,
      dueKey: p.lookBackOn,
      params: { when: p.lookBackOn, team: p.teamName },
      link: WEB_PATHS.practices(),
    };
  });
}

/** Hand-overs older than this are not announced any more (e.g. when notifications are first switched on). */
const HAND_OVER_WINDOW = `interval '7 days'`;

/**
 * A visit proposed by one side: the other side's care entrepreneurs are asked to read the arrangements. A visit from
 * the network's matching was accepted by every side, and the last to accept made it (in a group of three often someone
 * of neither side): both sides are asked, and nobody is named as its proposer.
 */
async function visitsArranged({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: (VisitSideRow & Pick<PeerVisitRow, 'created_at'> & { matched: boolean })[] = await manager.query(
    `SELECT v.id, side.organisation_id, m.person_id, v.created_at, other.name AS other_name, side.visit_role, v.proposal_id IS NOT NULL AS matched
     FROM peer_visit v
     CROSS JOIN LATERAL (
       SELECT v.organisation_id AS organisation_id, v.visiting_organisation_id AS other_id, 'host' AS visit_role
       UNION ALL
       SELECT v.visiting_organisation_id, v.organisation_id, 'visitor'
     ) side
     JOIN membership m ON m.organisation_id = side.organisation_id AND m.role = 'entrepreneur' AND m.person_id <> v.created_by
     JOIN organisation other ON other.id = side.other_id
     WHERE v.status = 'preparing' AND v.created_by IS NOT NULL AND v.created_at <= $1 AND v.created_at > $1 - ${HAND_OVER_WINDOW}
       -- Arranged by one side: only the side the proposer is not a member of.
       AND (v.proposal_id IS NOT NULL OR NOT ${isMember('v.created_by', 'side.organisation_id')})`,
    [now],
  );
  return candidates(rows, 'visit_arranged', (r) => ({
    dueKey: '',
    params: { when: todayInNetherlands(r.created_at), organisation: r.other_name, visitRole: r.visit_role, matched: r.matched },
    link: WEB_PATHS.peerVisit(r.id),
  }));
}

/** One side agreed to the arrangements and the other has not yet: the other side is told it is their turn. */
async function agreementsWaiting({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: (VisitSideRow & { agreed_at: Date })[] = await manager.query(
    `SELECT v.id, side.organisation_id, m.person_id, side.agreed_at, other.name AS other_name, side.visit_role
     FROM peer_visit v
     CROSS JOIN LATERAL (
       SELECT v.visiting_organisation_id AS organisation_id, v.organisation_id AS agreed_by, v.host_agreed_at AS agreed_at, 'visitor' AS visit_role
       WHERE v.host_agreed_at IS NOT NULL AND v.visitor_agreed_at IS NULL
       UNION ALL
       SELECT v.organisation_id, v.visiting_organisation_id, v.visitor_agreed_at, 'host'
       WHERE v.visitor_agreed_at IS NOT NULL AND v.host_agreed_at IS NULL
     ) side
     JOIN membership m ON m.organisation_id = side.organisation_id AND m.role = 'entrepreneur'
     JOIN organisation other ON other.id = side.agreed_by
     WHERE v.status = 'preparing' AND side.agreed_at <= $1 AND side.agreed_at > $1 - ${HAND_OVER_WINDOW}`,
    [now],
  );
  return candidates(rows, 'visit_agreement_waiting', (r) => ({
    // Changed arrangements clear both agreements; agreeing again is a new hand-over.
    dueKey: moment(r.agreed_at),
    params: { when: todayInNetherlands(r.agreed_at), organisation: r.other_name, visitRole: r.visit_role },
    link: WEB_PATHS.peerVisit(r.id),
  }));
}

/** The visitors handed their draft mirror report to the host: the host's care entrepreneurs are told it is their turn. */
async function reportsHandedOver({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: (VisitSideRow & { handed_to_host_at: Date })[] = await manager.query(
    `SELECT v.id, v.organisation_id, m.person_id, v.handed_to_host_at, visitor.name AS other_name
     FROM peer_visit v JOIN membership m ON m.organisation_id = v.organisation_id AND m.role = 'entrepreneur'
     JOIN organisation visitor ON visitor.id = v.visiting_organisation_id
     WHERE v.report_status IN ('with_host', 'closed') AND v.handed_to_host_at <= $1 AND v.handed_to_host_at > $1 - ${HAND_OVER_WINDOW}`,
    [now],
  );
  return candidates(rows, 'visit_report_handed_over', (r) => ({
    // Handed over again (after being sent back) is a new hand-over.
    dueKey: moment(r.handed_to_host_at),
    params: { when: todayInNetherlands(r.handed_to_host_at), organisation: r.other_name, visitRole: 'host' },
    link: WEB_PATHS.mirrorReport(r.id),
  }));
}

/** The host responded and closed the report: the visiting team is told, with a link to read it. */
async function reportsClosed({ manager, clock: { now } }: ReminderContext): Promise<ReminderCandidate[]> {
  const rows: (VisitSideRow & { closed_at: Date })[] = await manager.query(
    `SELECT DISTINCT v.id, v.visiting_organisation_id AS organisation_id, pm.person_id, v.closed_at, host.name AS other_name
     FROM peer_visit v JOIN peer_visit_member pm ON pm.visit_id = v.id AND pm.person_id IS NOT NULL
     JOIN organisation host ON host.id = v.organisation_id
     WHERE v.report_status = 'closed' AND v.closed_at <= $1 AND v.closed_at > $1 - ${HAND_OVER_WINDOW}
       AND ${isMember('pm.person_id', 'v.visiting_organisation_id')}`,
    [now],
  );
  return candidates(rows, 'visit_report_closed', (r) => ({
    dueKey: '',
    params: { when: todayInNetherlands(r.closed_at), organisation: r.other_name, visitRole: 'visitor' },
    link: WEB_PATHS.mirrorReport(r.id),
  }));
}

/** Every source of reminders, in the order their notifications are made. */
export const REMINDER_SOURCES: readonly ((context: ReminderContext) => Promise<ReminderCandidate[]>)[] = [
  sessionInvitations,
  sessionsSoon,
  listenerInvitations,
  visitsArranged,
  agreementsWaiting,
  reportsHandedOver,
  reportsClosed,
  conversationsSoon,
  visitsSoon,
  lookBacksDue,
];
