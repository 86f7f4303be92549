import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../../engine/auth/viewer';
import type { PeerVisitSummaryDto } from './dtos/visit.dto';
import { reportView, sharingOf } from './report-visibility';
import { isEntrepreneurOf } from './visit-access';
import { summaryOf, VISIT_WITH_NAMES, VisitWithNamesRow } from './visit-rows-dto';

/** `in_team`: the viewer is in the visiting team. */
type ListedVisitRow = VisitWithNamesRow & { in_team: boolean };

/**
 * The visits of one organisation as a viewer may list them: those they take
 * part in (as entrepreneur of either side or in the visiting team), and the
 * closed mirror reports the host shared with their team or organisation.
 * One rule for the visits page and the home page. Kept apart from the
 * services so other features can import it without the module (learning
 * networks import this feature, and this feature's module imports them).
 */
export async function organisationVisits(
  db: DataSource | EntityManager,
  organisationId: string,
  viewer: Viewer,
): Promise<{ visits: PeerVisitSummaryDto[]; sharedReports: PeerVisitSummaryDto[]; inTeam: ReadonlySet<string> }> {
  // in_team must be in the select list: joined as a LATERAL beside VISIT_WITH_NAMES's own `SELECT v.*` it was
  // never read, so a care worker of a visiting team found none of their visits listed (issue #14).
  const rows: ListedVisitRow[] = await db.query(
    `SELECT l.*, EXISTS (SELECT 1 FROM peer_visit_member m WHERE m.visit_id = l.id AND m.person_id = $2) AS in_team
     FROM (${VISIT_WITH_NAMES}) l
     WHERE (l.organisation_id = $1 OR l.visiting_organisation_id = $1) ORDER BY l.visit_date DESC NULLS FIRST, l.created_at DESC`,
    [organisationId, viewer.personId],
  );
  const involved = (r: ListedVisitRow) =>
    isEntrepreneurOf(viewer, r.organisation_id) || isEntrepreneurOf(viewer, r.visiting_organisation_id) || r.in_team;
  const sharedWithUs = (r: ListedVisitRow) =>
    r.organisation_id === organisationId && reportView(sharingOf(r), viewer, { host: false, visitor: false }) === 'full';
  return {
    visits: rows.filter(involved).map(summaryOf),
    sharedReports: rows.filter((r) => !involved(r) && sharedWithUs(r)).map(summaryOf),
    /** The visits the viewer goes on, in the visiting team: theirs to write the notebook of. */
    inTeam: new Set(rows.filter((r) => r.in_team).map((r) => r.id)),
  };
}
