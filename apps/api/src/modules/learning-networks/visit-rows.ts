import { EntityManager } from 'typeorm';
import type { PeerVisitRow } from '../../engine/database/tables.generated';
import { currentLens } from './network-lens-rows';

/**
 * A new visit between two organisations of a network, looking through the
 * network's current lens until the host narrows it. Used by matching (an
 * accepted proposal), by entrepreneurs arranging a visit themselves, and
 * for the return visit. It lives here, with matching, so that peer-visits
 * builds on learning-networks and never the other way round: neither is
 * then met half-loaded, whichever is imported first.
 */
export async function insertVisit(
  manager: EntityManager,
  visit: { networkId: string; hostId: string; visitorId: string; proposalId?: string | null; visitDate?: string | null; createdBy: string },
): Promise<string> {
  const { version, lens } = await currentLens(manager, visit.networkId);
  const [row]: Pick<PeerVisitRow, 'id'>[] = await manager.query(
    `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, proposal_id, visit_date, lens_version, lens, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      visit.networkId,
      visit.hostId,
      visit.visitorId,
      visit.proposalId ?? null,
      visit.visitDate ?? null,
      version,
      JSON.stringify(lens),
      visit.createdBy,
    ],
  );
  return row.id;
}

/**
 * Visits that count as "having met" for matching: every visit in the network
 * that was not cancelled, on its date (or, before a date is set, the day it
 * was arranged).
 */
export async function visitHistory(
  manager: EntityManager,
  networkId: string,
): Promise<{ hostId: string; visitorId: string; date: string }[]> {
  const rows: { host_id: string; visitor_id: string; date: string }[] = await manager.query(
    `SELECT organisation_id AS host_id, visiting_organisation_id AS visitor_id, to_char(coalesce(visit_date, created_at::date), 'YYYY-MM-DD') AS date
     FROM peer_visit WHERE network_id = $1 AND status <> 'cancelled'`,
    [networkId],
  );
  return rows.map((r) => ({ hostId: r.host_id, visitorId: r.visitor_id, date: r.date }));
}
