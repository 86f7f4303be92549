import { storyReaches, StoryAudience } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { StoryRow } from '../../../engine/database/tables.generated';
import { momentInYear } from '../report-year';

/** The quality report is published: a story goes in only when its teller consented to "everyone" (public). */
const REPORT_AUDIENCE: StoryAudience = 'public';

type YearStoryRow = Pick<StoryRow, 'title' | 'body' | 'revision' | 'approved_revision'> & { audiences: StoryAudience[] };

export interface StoriesPart {
  /** Stories whose teller approved this version and consented to the public. */
  stories: { title: string; body: string }[];
  /** Stories approved this year that stay out because the teller did not consent to the public (or withdrew it). */
  storiesLeftOut: number;
}

/**
 * Stories (verhalen) the storyteller approved in the year (domain guide §7,
 * member check). Each audience has its own consent, so the report tells how
 * many approved stories it leaves out for lack of consent, never which.
 */
export async function storiesOfYear(db: EntityManager, organisationId: string, year: number): Promise<StoriesPart> {
  const rows: YearStoryRow[] = await db.query(
    `SELECT s.title, s.body, s.revision, s.approved_revision,
            ARRAY(SELECT sc.audience FROM story_consent sc WHERE sc.story_id = s.id AND sc.withdrawn_at IS NULL) AS audiences
     FROM story s WHERE s.organisation_id = $1 AND s.approved_at IS NOT NULL AND ${momentInYear('s.approved_at', '$2')}
     ORDER BY s.approved_at, s.id`,
    [organisationId, year],
  );
  const reaches = (r: YearStoryRow) =>
    storyReaches({ revision: r.revision, approvedRevision: r.approved_revision, activeAudiences: r.audiences }, REPORT_AUDIENCE);
  return {
    stories: rows.filter(reaches).map((r) => ({ title: r.title, body: r.body })),
    storiesLeftOut: rows.filter((r) => !reaches(r)).length,
  };
}
