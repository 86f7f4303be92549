import { EntityManager } from 'typeorm';
import type { OrganisationRow, PeerVisitRow } from '../../engine/database/tables.generated';
import { lensDto } from '../learning-networks';
import { PeerVisitSummaryDto } from './dtos/visit.dto';
import type { VisitRow } from './visit-access';

/** A visit as VISIT_WITH_NAMES reads it: its day as text (null until a date is set) and both organisations' names. */
export type VisitWithNamesRow = PeerVisitRow & {
  visit_day: string | null;
  host_name: OrganisationRow['name'];
  visitor_name: OrganisationRow['name'];
};

/** Visits with the names of both organisations, for lists. */
export const VISIT_WITH_NAMES = `
  SELECT v.*, to_char(v.visit_date, 'YYYY-MM-DD') AS visit_day, h.name AS host_name, g.name AS visitor_name
  FROM peer_visit v JOIN organisation h ON h.id = v.organisation_id JOIN organisation g ON g.id = v.visiting_organisation_id`;

export function summaryOf(row: VisitWithNamesRow): PeerVisitSummaryDto {
  return {
    id: row.id,
    host: { id: row.organisation_id, name: row.host_name },
    visitor: { id: row.visiting_organisation_id, name: row.visitor_name },
    visitDate: row.visit_day,
    format: row.format,
    status: row.status,
    reportStatus: row.report_status,
    focusQuestion: row.focus_question,
  };
}

export async function visitSummary(manager: EntityManager, visitId: string): Promise<PeerVisitSummaryDto> {
  // Called with the id of a visit the caller just wrote or read: the row is there.
  const [row]: VisitWithNamesRow[] = await manager.query(`${VISIT_WITH_NAMES} WHERE v.id = $1`, [visitId]);
  return summaryOf(row);
}

export function visitLens(row: Pick<VisitRow, 'lens_version' | 'lens'>) {
  return lensDto(row.lens_version, row.lens);
}
