import { MAIL_QUEUE } from '../../../engine/mail/mail.service';
import { rowOfOrganisation } from '../person-data/person-references';

/**
 * What erasure removes outright instead of keeping under a pseudonym: what
 * only the erased person could see or was still to happen, what nobody
 * else's shared content depends on, and what their consent never let leave
 * them. Everything else of theirs in the organisation stays, re-pointed to
 * the stand-in "Oud-teamlid N" (see ErasureService).
 *
 * Each statement answers with the number of rows it removed or cleared;
 * its parameters are named in `params`, in the order of $1, $2, …
 */
export type ErasureParam = 'organisation' | 'person' | 'email' | 'pseudonym';

interface ErasureRule {
  sql: string;
  params: readonly ErasureParam[];
}

const BY_PERSON: readonly ErasureParam[] = ['organisation', 'person'];
const BY_EMAIL: readonly ErasureParam[] = ['organisation', 'email'];

const counted = (statement: string) => `WITH affected AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM affected`;

export const ERASURE_RULES: readonly ErasureRule[] = [
  // Memberships in the organisation.
  { sql: counted(`DELETE FROM membership WHERE organisation_id = $1 AND person_id = $2`), params: BY_PERSON },
  // Their notifications.
  { sql: counted(`DELETE FROM notification WHERE organisation_id = $1 AND person_id = $2`), params: BY_PERSON },
  // Private cases (only they could read them), and what they shared of them in the library.
  {
    sql: `WITH gone AS (DELETE FROM case_file WHERE organisation_id = $1 AND author_id = $2 AND visibility = 'private' RETURNING id),
               shared AS (DELETE FROM library_item WHERE source_kind = 'case' AND source_id IN (SELECT id FROM gone) RETURNING 1)
          SELECT ((SELECT count(*) FROM gone) + (SELECT count(*) FROM shared))::int AS n`,
    params: BY_PERSON,
  },
  // Stories they told that they have not approved as they read now: without their approval they may not be kept. One
  // approved and laid before them again unchanged is still approved (it reaches its readers), whatever its check status.
  {
    sql: `WITH gone AS (DELETE FROM story WHERE organisation_id = $1 AND storyteller_person_id = $2 AND approved_revision IS DISTINCT FROM revision RETURNING id),
               shared AS (DELETE FROM library_item WHERE source_kind = 'story' AND source_id IN (SELECT id FROM gone) RETURNING 1)
          SELECT ((SELECT count(*) FROM gone) + (SELECT count(*) FROM shared))::int AS n`,
    params: BY_PERSON,
  },
  // Approved stories stay for the audiences the storyteller consented to; their name and address as storyteller go.
  {
    sql: counted(
      `UPDATE story SET storyteller_name = $3, storyteller_email = NULL WHERE organisation_id = $1 AND storyteller_person_id = $2`,
    ),
    params: ['organisation', 'person', 'pseudonym'],
  },
  // Places in sessions that have not been held.
  {
    sql: counted(
      `DELETE FROM session_participant sp USING reflection_session s WHERE sp.session_id = s.id AND sp.organisation_id = $1 AND sp.person_id = $2 AND s.status = 'planned'`,
    ),
    params: BY_PERSON,
  },
  // Receipts of their live-session commands.
  { sql: counted(`DELETE FROM session_command_receipt WHERE organisation_id = $1 AND person_id = $2`), params: BY_PERSON },
  // Their private notes as a listener.
  { sql: counted(`DELETE FROM mirror_listener_note WHERE organisation_id = $1 AND author_id = $2`), params: BY_PERSON },
  // Places as listener in conversations that have not been held.
  {
    sql: counted(
      `DELETE FROM mirror_listener l USING mirror_conversation c WHERE l.conversation_id = c.id AND l.organisation_id = $1 AND l.person_id = $2 AND c.status = 'planned'`,
    ),
    params: BY_PERSON,
  },
  // Receipts of their mirror-conversation commands.
  { sql: counted(`DELETE FROM mirror_command_receipt WHERE organisation_id = $1 AND person_id = $2`), params: BY_PERSON },
  // Check-in notes between entrepreneurs they did not share.
  {
    sql: counted(`DELETE FROM entrepreneur_checkin_note WHERE organisation_id = $1 AND author_id = $2 AND NOT shared_with_network`),
    params: BY_PERSON,
  },
  // Versions of observations still waiting for their choice.
  {
    sql: counted(`DELETE FROM peer_visit_note_conflict WHERE ${rowOfOrganisation('peer_visit_note_conflict', '$1')} AND author_id = $2`),
    params: BY_PERSON,
  },
  // Invitations to their e-mail address.
  { sql: counted(`DELETE FROM invitation WHERE organisation_id = $1 AND lower(email) = lower($2)`), params: BY_EMAIL },
  // Mails to their e-mail address in the development outbox.
  { sql: counted(`DELETE FROM outbox_mail WHERE organisation_id = $1 AND lower(to_address) = lower($2)`), params: BY_EMAIL },
  // Mails to their address in the job queue: one still waiting (or to be tried again) is not sent after all, and a sent
  // one's copy (kept a day by the queue) goes too. Only one being sent at this moment cannot be stopped.
  {
    sql: counted(
      `DELETE FROM pgboss.job WHERE name = '${MAIL_QUEUE}' AND state <> 'active' AND data->>'organisationId' = $1::text AND lower(data->>'to') = lower($2)`,
    ),
    params: BY_EMAIL,
  },
];
