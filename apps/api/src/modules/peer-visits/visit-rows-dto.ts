import { ObservationLens } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { lensDto } from '../learning-networks';
import { PeerVisitSummaryDto } from './dtos/visit.dto';

type Row = Record<string, any>;

/** Visits with the names of both organisations, for lists. */
export const VISIT_WITH_NAMES = `
  SELECT v.*, to_char(v.visit_date, 'YYYY-MM-DD') AS visit_day, h.name AS host_name, g.name AS visitor_name
  FROM peer_visit v JOIN organisation h ON h.id = v.organisation_id JOIN organisation g ON g.id = v.visiting_organisation_id`;

export function summaryOf(row: Row): PeerVisitSummaryDto {
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
  const [row] = await manager.query(`${VISIT_WITH_NAMES} WHERE v.id = $1`, [visitId]);
  return summaryOf(row);
}

export function visitLens(row: Row) {
  return lensDto(row.lens_version, row.lens as ObservationLens);
}
