import { EntityManager } from 'typeorm';
import type { PeerVisitRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';

/**
 * An organisation leaves its learning network (it leaves, or the coordinator
 * removes it): open proposals with it are withdrawn and its visits that are
 * not finished are cancelled, so no one waits for a partner who is gone; the
 * caller purges their beelden (retention event peer_visit_cancelled, for the
 * visits returned). Closed mirror reports stay with their hosts, and a report
 * it hosted and shared with the network is no longer shared there: a host
 * outside the network can no longer choose who in it reads its report.
 */
export async function detachOrganisation(manager: EntityManager, networkId: string, organisationId: string): Promise<CancelledVisit[]> {
  await manager.query(`UPDATE organisation SET network_id = NULL WHERE id = $1 AND network_id = $2`, [organisationId, networkId]);
  await manager.query(
    `UPDATE visit_proposal p SET status = 'withdrawn', decided_at = now()
     WHERE p.network_id = $1 AND p.status = 'proposed'
       AND EXISTS (SELECT 1 FROM visit_proposal_member m WHERE m.proposal_id = p.id AND m.organisation_id = $2)`,
    [networkId, organisationId],
  );
  await manager.query(
    `UPDATE peer_visit SET report_visibility = 'organisation', updated_at = now()
     WHERE network_id = $1 AND organisation_id = $2 AND report_visibility = 'network'`,
    [networkId, organisationId],
  );
  return updateReturning<CancelledVisit>(
    manager,
    `UPDATE peer_visit SET status = 'cancelled', updated_at = now()
     WHERE network_id = $1 AND (organisation_id = $2 OR visiting_organisation_id = $2) AND status <> 'cancelled' AND report_status <> 'closed'
     RETURNING id, organisation_id`,
    [networkId, organisationId],
  );
}

/** A visit cancelled because a partner left, with its host (whose organisation its beelden are stored under). */
export type CancelledVisit = Pick<PeerVisitRow, 'id' | 'organisation_id'>;

/** Whether an organisation is a member of the network now. */
export async function isNetworkMember(manager: EntityManager, networkId: string, organisationId: string): Promise<boolean> {
  const [row]: unknown[] = await manager.query(`SELECT 1 FROM organisation WHERE id = $1 AND network_id = $2`, [organisationId, networkId]);
  return !!row;
}
