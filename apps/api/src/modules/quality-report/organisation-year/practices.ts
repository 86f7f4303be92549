import { Language, PRACTICE_SOURCE_LABELS, PRACTICE_STATUS_LABELS, PRACTICE_STATUSES, PracticeSource } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { PracticeReviewRow, PracticeRow, TeamRow } from '../../../engine/database/tables.generated';
import { ReportCountDto, ReportPracticeDto } from '../dtos/quality-report.dto';
import { momentInYear } from '../report-year';

/** A practice with its team, the activity it came from (null: added by hand) and the latest look-back's words. */
type YearPracticeRow = Pick<PracticeRow, 'what' | 'status'> & {
  team_name: TeamRow['name'] | null;
  source: PracticeSource | null;
  last_review: PracticeReviewRow['body'] | null;
};

export interface PracticesPart {
  practicesByStatus: ReportCountDto[];
  practices: ReportPracticeDto[];
}

/**
 * New practices (nieuwe praktijk) that were started or looked back on in the
 * year, from every activity, with how they stand and the latest "hoe ging
 * het?". Who tries it is left out: the report names no people.
 */
export async function practicesOfYear(db: EntityManager, organisationId: string, year: number, language: Language): Promise<PracticesPart> {
  const rows: YearPracticeRow[] = await db.query(
    `SELECT p.what, p.status, t.name AS team_name,
            CASE WHEN EXISTS (SELECT 1 FROM peer_visit_practice vp WHERE vp.practice_id = p.id) THEN 'peer_visit'
                 WHEN EXISTS (SELECT 1 FROM mirror_conversation c WHERE c.listener_session_id = p.session_id) THEN 'mirror_conversation'
                 WHEN p.session_id IS NOT NULL THEN 'session' END AS source,
            (SELECT r.body FROM practice_review r WHERE r.practice_id = p.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) AS last_review
     FROM practice p LEFT JOIN team t ON t.id = p.team_id
     WHERE p.organisation_id = $1
       AND (${momentInYear('p.created_at', '$2')}
            OR EXISTS (SELECT 1 FROM practice_review r WHERE r.practice_id = p.id AND ${momentInYear('r.created_at', '$2')}))
     ORDER BY p.created_at, p.id`,
    [organisationId, year],
  );
  return {
    practicesByStatus: PRACTICE_STATUSES.map((status) => ({
      label: PRACTICE_STATUS_LABELS[status][language],
      count: rows.filter((r) => r.status === status).length,
    })).filter((c) => c.count > 0),
    practices: rows.map((r) => ({
      what: r.what,
      teamName: r.team_name,
      source: r.source ? PRACTICE_SOURCE_LABELS[r.source][language] : null,
      statusLabel: PRACTICE_STATUS_LABELS[r.status][language],
      lastReview: r.last_review,
    })),
  };
}
