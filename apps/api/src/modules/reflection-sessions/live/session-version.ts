import { LiveEvent, LiveEventBody } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { updateReturning } from '../../../engine/database/update-returning';

/** The live command a version bump answers, so a replay of its clientKey gets the same result. */
export interface CommandReceipt {
  personId: string;
  clientKey: string;
  createdId: string | null;
}

/**
 * Records one stored change of a session: bumps `reflection_session.version`
 * inside the caller's transaction (after it locked the row) and returns the
 * event to broadcast once the transaction has committed. With a receipt, the
 * command's idempotency key is stored in the same statement. The event's time
 * is the database clock after the lock: one clock for every API process, in version order.
 */
export async function bumpVersion(manager: EntityManager, sessionId: string, body: LiveEventBody, receipt?: CommandReceipt): Promise<LiveEvent> {
  const [row] = receipt
    ? await manager.query(
        `WITH bumped AS (UPDATE reflection_session SET version = version + 1 WHERE id = $1 RETURNING version, organisation_id)
         INSERT INTO session_command_receipt (session_id, person_id, client_key, organisation_id, version, created_id)
         SELECT $1, $2, $3, organisation_id, version, $4 FROM bumped RETURNING version, clock_timestamp() AS at`,
        [sessionId, receipt.personId, receipt.clientKey, receipt.createdId],
      )
    : await updateReturning(manager, `UPDATE reflection_session SET version = version + 1 WHERE id = $1 RETURNING version, clock_timestamp() AS at`, [sessionId]);
  return { ...body, sessionId, version: Number(row.version), at: row.at.toISOString() } as LiveEvent;
}
