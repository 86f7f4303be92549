import { INCIDENT_METHOD } from '@kring/domain';
import { Client } from 'pg';
import { hashToken, newToken } from '../../../apps/api/src/engine/auth/tokens';

/**
 * Where contributions go: the fourth phase of the incident method collects
 * them. Its entries stay private to their authors until the moderator's
 * reveal (privateUntilReveal), so the bench's sessions start with that phase
 * revealed: every contribution then reaches every participant, which is what
 * the bench measures.
 */
export const PHASE = INCIDENT_METHOD.phases[3];

/** One participant of one live session, logged in. */
export interface Seat {
  room: number;
  sessionId: string;
  personId: string;
  token: string;
}

/** A row of an INSERT … RETURNING id. */
interface IdRow {
  id: string;
}

/**
 * One organisation, one team, N live sessions of M people each (the first
 * leads), each session in the contributions phase, everyone logged in by a
 * session token. The bare baselines use the same session ids as room names.
 */
export async function seed(url: string, sessions: number, participants: number): Promise<Seat[][]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [org] = (await db.query<IdRow>(`INSERT INTO organisation (name, kind) VALUES ('Benchmark zorg', 'small_home') RETURNING id`))
      .rows;
    const [team] = (await db.query<IdRow>(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team bench') RETURNING id`, [org.id]))
      .rows;
    const rooms: Seat[][] = [];
    for (let s = 0; s < sessions; s++) {
      const people = (
        await db.query<IdRow>(
          `INSERT INTO person (email, display_name, password_hash)
           SELECT 'p' || $1 || '-' || i || '@bench.test', 'Deelnemer ' || i, 'no-login' FROM generate_series(1, $2) i RETURNING id`,
          [s, participants],
        )
      ).rows.map((r) => r.id);
      await db.query(
        `INSERT INTO membership (person_id, organisation_id, team_id, role)
         SELECT p, $2, $3, CASE WHEN p = $4 THEN 'moderator' ELSE 'care_worker' END FROM unnest($1::uuid[]) p`,
        [people, org.id, team.id, people[0]],
      );
      const [session] = (
        await db.query<IdRow>(
          `INSERT INTO reflection_session (organisation_id, team_id, title, method_id, method_version, method_snapshot, scheduled_at, duration_minutes,
             moderator_id, status, current_phase_index, timer_phase_id, timer_duration_seconds, timer_remaining_seconds, started_at,
             revealed_phase_ids)
           VALUES ($1, $2, 'Benchmark', $3, $4, $5, now(), 70, $6, 'live', 3, $7, 600, 600, now(), ARRAY[$7]) RETURNING id`,
          [org.id, team.id, INCIDENT_METHOD.id, INCIDENT_METHOD.version, JSON.stringify(INCIDENT_METHOD), people[0], PHASE.id],
        )
      ).rows;
      await db.query(
        `INSERT INTO session_participant (session_id, person_id, organisation_id, role)
         SELECT $1, p, $2, CASE WHEN p = $3 THEN 'moderator' ELSE 'participant' END FROM unnest($4::uuid[]) p`,
        [session.id, org.id, people[0], people],
      );
      const tokens = people.map(() => newToken());
      await db.query(
        `INSERT INTO auth_session (person_id, token_hash, expires_at) SELECT unnest($1::uuid[]), unnest($2::text[]), now() + interval '1 day'`,
        [people, tokens.map(hashToken)],
      );
      rooms.push(people.map((personId, i) => ({ room: s, sessionId: session.id, personId, token: tokens[i] })));
    }
    // The durable baseline's table: one row per message, stored before it is shown.
    await db.query(
      `CREATE TABLE IF NOT EXISTS bench_message (id bigserial PRIMARY KEY, room text NOT NULL, key uuid NOT NULL, body text NOT NULL)`,
    );
    // Statistics, as autovacuum keeps them on a database in use: without them the planner guesses, e.g. that one
    // organisation's sessions are as few as one session's id, and may reach a session row through the organisation index.
    await db.query('ANALYZE');
    return rooms;
  } finally {
    await db.end();
  }
}
