import { EntityManager } from 'typeorm';
import { AT_DUTCH_TIME } from '../../engine/dates/dutch-time.sql';
import { VISIT_HELD } from './report-year';

/**
 * The first year (as lived in the Netherlands) in which the organisations `organisationIds` have something a report
 * tells: a held session, a mirror conversation, a practice, an approved story, a peer visit held; null for nothing yet.
 * Read from the records themselves rather than from when the organisation joined Kring, as history can be dated back
 * (the demo loads a year of it). Practice reviews and harvest approvals come after what they belong to, so they are
 * never earlier.
 */
export async function firstYearWithData(db: EntityManager, organisationIds: string[]): Promise<number | null> {
  const [row] = await db.query<{ first_year: number | null }[]>(
    `SELECT least(
       date_part('year', least(
         (SELECT min(coalesce(s.started_at, s.scheduled_at)) FROM reflection_session s WHERE s.organisation_id = ANY($1::uuid[]) AND s.status = 'closed'),
         (SELECT min(coalesce(c.started_at, c.scheduled_at)) FROM mirror_conversation c
          WHERE c.organisation_id = ANY($1::uuid[]) AND c.status IN ('ended', 'approved')),
         (SELECT min(p.created_at) FROM practice p WHERE p.organisation_id = ANY($1::uuid[])),
         (SELECT min(st.approved_at) FROM story st WHERE st.organisation_id = ANY($1::uuid[]))
       ) ${AT_DUTCH_TIME}),
       (SELECT date_part('year', min(v.visit_date)) FROM peer_visit v
        WHERE (v.organisation_id = ANY($1::uuid[]) OR v.visiting_organisation_id = ANY($1::uuid[])) AND ${VISIT_HELD})
     )::int AS first_year`,
    [organisationIds],
  );
  return row.first_year;
}
