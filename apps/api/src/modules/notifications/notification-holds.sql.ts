import { NOTIFICATION_KINDS, NotificationKind } from '@kring/domain';

const IN_SESSION = `EXISTS (SELECT 1 FROM session_participant sp WHERE sp.session_id = n.subject_id AND sp.person_id = n.person_id)`;
const SESSION_GOES_AHEAD = `NOT EXISTS (SELECT 1 FROM reflection_session s WHERE s.id = n.subject_id AND s.status = 'cancelled')`;
const LISTENS = `EXISTS (SELECT 1 FROM mirror_listener l WHERE l.conversation_id = n.subject_id AND l.person_id = n.person_id)`;
const MODERATES = `EXISTS (SELECT 1 FROM mirror_conversation c WHERE c.id = n.subject_id AND c.moderator_id = n.person_id)`;
const CONVERSATION_GOES_AHEAD = `NOT EXISTS (SELECT 1 FROM mirror_conversation c WHERE c.id = n.subject_id AND c.status = 'cancelled')`;
const VISIT_GOES_AHEAD = `NOT EXISTS (SELECT 1 FROM peer_visit v WHERE v.id = n.subject_id AND v.status = 'cancelled')`;

/**
 * Per kind, SQL on a notification `n`: what it says still holds for its
 * person. "Je bent uitgenodigd" stops showing for someone taken off the
 * session, or once the session is called off; an approved report for someone
 * no longer in it. Read with the list and the unread count, so the bell never
 * says what is no longer so (a mail already sent cannot be taken back). A
 * Record, so a new kind cannot be added without saying when it holds.
 */
const HOLDS: Readonly<Record<NotificationKind, string>> = {
  session_invited: `${IN_SESSION} AND ${SESSION_GOES_AHEAD}`,
  session_soon: `${IN_SESSION} AND ${SESSION_GOES_AHEAD}`,
  session_report_approved: IN_SESSION,
  mirror_listener_invited: `${LISTENS} AND ${CONVERSATION_GOES_AHEAD}`,
  mirror_soon: `(${LISTENS} OR ${MODERATES}) AND ${CONVERSATION_GOES_AHEAD}`,
  mirror_harvest_approved: LISTENS,
  visit_soon: VISIT_GOES_AHEAD,
  visit_arranged: VISIT_GOES_AHEAD,
  visit_agreement_waiting: VISIT_GOES_AHEAD,
  // What happened to a report stays true, also of a visit called off later.
  visit_report_handed_over: 'true',
  visit_report_closed: 'true',
  look_back_due: `EXISTS (SELECT 1 FROM practice p WHERE p.id = n.subject_id)`,
};

/** SQL: the notification `n` still holds (HOLDS of its kind; a kind Kring no longer knows does not). */
export const NOTIFICATION_HOLDS = `CASE n.kind ${NOTIFICATION_KINDS.map((kind) => `WHEN '${kind}' THEN (${HOLDS[kind]})`).join(' ')} ELSE false END`;
