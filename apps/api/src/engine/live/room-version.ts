import { EntityManager } from 'typeorm';
import { LiveRoomKind } from './room-kind';

/** The receipt of the command a version bump answers, so a replay of its clientKey gets the same result. */
export interface ReceiptRecord {
  personId: string;
  clientKey: string;
  createdId: string | null;
}

/** A room's or a receipt's version (bigint in every room and receipt table: the driver gives it as text) and the time. */
interface VersionAt {
  version: string;
  at: Date;
}

export interface Bumped {
  version: number;
  /** Database time after the room's lock: one clock for every API process, in version order. */
  at: Date;
}

/**
 * Records one stored change of a room inside the caller's transaction (after
 * it locked the row): bumps the room's version and, for a command, stores its
 * receipt, in one statement. `bump: false` spends the key without a change
 * (a command that changed nothing must not apply later either).
 */
export async function recordChange(
  manager: EntityManager,
  kind: LiveRoomKind,
  roomId: string,
  receipt: ReceiptRecord | null,
  bump = true,
): Promise<Bumped> {
  const room = `${bump ? `UPDATE ${kind.table} SET version = version + 1` : `SELECT version, organisation_id FROM ${kind.table}`} WHERE id = $1${bump ? ' RETURNING version, organisation_id' : ''}`;
  if (!receipt) {
    const [row] = await manager.query<VersionAt[]>(`WITH room AS (${room}) SELECT version, clock_timestamp() AS at FROM room`, [roomId]);
    return { version: Number(row.version), at: row.at };
  }
  const [row] = await manager.query<VersionAt[]>(
    `WITH room AS (${room})
     INSERT INTO ${kind.receipts.table} (${kind.receipts.roomColumn}, organisation_id, version, person_id, client_key, created_id)
     SELECT $1, organisation_id, version, $2, $3, $4 FROM room RETURNING version, clock_timestamp() AS at`,
    [roomId, receipt.personId, receipt.clientKey, receipt.createdId],
  );
  return { version: Number(row.version), at: row.at };
}
