import { DataSource, EntityManager } from 'typeorm';
import type { SqlCondition } from '../auth/viewer.service';

/**
 * Where a live room keeps the receipts of applied commands: one row per
 * (room, person, clientKey), with the result to answer a replay with.
 */
export interface ReceiptTable {
  /** A literal table name from the room's configuration, never from a message. */
  table: 'session_command_receipt' | 'mirror_command_receipt';
  /** The column holding the room's id. */
  roomColumn: 'session_id' | 'conversation_id';
}

export interface ReceiptLookup<R> {
  /** Database time taken after the room's lock was granted: every stored time follows the version order. */
  now: Date;
  receipt: R | null;
  /** The viewer's login is still open and their access unchanged (the condition the caller passed), checked after the lock. */
  allowed: boolean;
}

/**
 * The receipt check, in its own statement AFTER the room row is locked. In
 * READ COMMITTED a statement that waited for a lock re-reads only the locked
 * row; a receipt committed by the transaction we waited for is seen only by a
 * later statement, such as this one. So a duplicate in flight is a replay.
 */
export async function lookupReceipt<R>(
  manager: EntityManager,
  where: ReceiptTable,
  roomId: string,
  personId: string,
  clientKey: string,
  allowed: SqlCondition = { sql: 'true', params: [] },
): Promise<ReceiptLookup<R>> {
  const [row] = await manager.query(
    `SELECT clock_timestamp() AS now, to_jsonb(r) AS receipt, ${allowed.sql} AS allowed FROM (SELECT 1) one
     LEFT JOIN ${where.table} r ON r.${where.roomColumn} = $1 AND r.person_id = $2 AND r.client_key = $3`,
    [roomId, personId, clientKey, ...allowed.params],
  );
  return { now: row.now, receipt: row.receipt, allowed: row.allowed };
}

/** A unique violation on the receipt: another copy of the same command committed first. */
export function isReceiptConflict(error: unknown, where: ReceiptTable): boolean {
  const e = error as { code?: string; table?: string; driverError?: { code?: string; table?: string } };
  const pg = e?.driverError ?? e;
  return pg?.code === '23505' && pg?.table === where.table;
}

/**
 * Runs a command's transaction exactly once per clientKey. Should two copies
 * ever race past the receipt check (the lock normally orders them), the
 * loser's unique violation is answered as what it is, a replay, instead of
 * INTERNAL, which the screen could take as a refusal.
 */
export async function exactlyOnce<T>(
  db: DataSource,
  apply: (manager: EntityManager) => Promise<T>,
  replay: () => Promise<T | null>,
  where: ReceiptTable,
): Promise<T> {
  try {
    return await db.transaction(apply);
  } catch (error) {
    if (!isReceiptConflict(error, where)) throw error;
    const replayed = await replay();
    if (!replayed) throw error;
    return replayed;
  }
}
