import { LivePractice, LivePracticeReview } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { PracticeRow } from '../../../engine/database/tables.generated';

/** A practice as loadPractices reads it: its date as YYYY-MM-DD text, its reviews already in the shape the room shows. */
type PracticeWithReviewsRow = Pick<PracticeRow, 'id' | 'what' | 'who' | 'status' | 'session_id'> & {
  look_back_on: string | null;
  reviews: LivePracticeReview[];
};

/** ISO time in UTC, as the live room uses everywhere. */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Practices with their "hoe ging het?" reviews, oldest first. `where` is a
 * condition over `practice p` written in code, with its own parameters.
 */
export async function loadPractices(manager: EntityManager, where: string, params: unknown[]): Promise<LivePractice[]> {
  const rows: PracticeWithReviewsRow[] = await manager.query(
    `SELECT p.id, p.what, p.who, to_char(p.look_back_on, 'YYYY-MM-DD') AS look_back_on, p.status, p.session_id,
       coalesce(json_agg(json_build_object('id', r.id, 'body', r.body, 'status', r.status, 'authorName', a.display_name, 'sessionId', r.session_id,
         'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', ${ISO})) ORDER BY r.created_at) FILTER (WHERE r.id IS NOT NULL), '[]') AS reviews
     FROM practice p LEFT JOIN practice_review r ON r.practice_id = p.id LEFT JOIN person a ON a.id = r.author_id
     WHERE ${where} GROUP BY p.id ORDER BY p.created_at, p.id`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    what: r.what,
    who: r.who,
    lookBackOn: r.look_back_on,
    status: r.status,
    sessionId: r.session_id,
    reviews: r.reviews,
  }));
}

/** The practices a session agreed on. */
export function sessionPractices(manager: EntityManager, sessionId: string): Promise<LivePractice[]> {
  return loadPractices(manager, `p.session_id = $1`, [sessionId]);
}

/**
 * "Hoe ging het?": the team's practices from earlier sessions that are still
 * running (open or continued), plus those this session already reviewed, so
 * a practice does not vanish from the screen the moment it is marked adopted.
 */
export function openTeamPractices(
  manager: EntityManager,
  session: { id: string; organisation_id: string; team_id: string | null },
): Promise<LivePractice[]> {
  return loadPractices(
    manager,
    `p.organisation_id = $1 AND p.team_id = $2 AND p.session_id IS DISTINCT FROM $3
     AND (p.status IN ('open', 'continued') OR EXISTS (SELECT 1 FROM practice_review x WHERE x.practice_id = p.id AND x.session_id = $3))`,
    [session.organisation_id, session.team_id, session.id],
  );
}
