import { DataSource, EntityManager } from 'typeorm';
import { SqlParams } from '../database/sql-params';
import { isUniqueViolation } from '../database/utils/unique-violation';
import type { MirrorCommandReceiptRow, SessionCommandReceiptRow } from '../database/tables.generated';

/**
 * Where a live room keeps the receipts of applied commands: one row per
 * (room, person, clientKey), with the result to answer a replay with.
 */
export interface ReceiptTable {
  /** A literal table name from the room's configuration, never from a message. */
  table: 'session_command_receipt' | 'mirror_command_receipt';
  /** The column holding the room's id. */
  roomColumn: 'session_id' | 'conversation_id';
  /**
   * Where receipts are read, when some commands' created rows are their own receipt (FastCommand.createdRowIsReceipt):
   * a view of the receipt table and those rows, with the same columns (migration 1769340000000). Absent: `table`.
   */
  readFrom?: 'session_receipt';
}

/**
 * A stored receipt as the lookup reads it, through to_jsonb: JSON has no bigint, so the version (bigint in the
 * table, text from the driver elsewhere) arrives as a number here.
 */
export interface StoredReceipt {
  version: number;
  created_id: (SessionCommandReceiptRow | MirrorCommandReceiptRow)['created_id'];
}

export interface ReceiptLookup {
  /** Database time taken after the room's lock was granted: every stored time follows the version order. */
  now: Date;
  receipt: StoredReceipt | null;
  /** The viewer's login is still open and their access unchanged (the condition the caller passed), checked after the lock. */
  allowed: boolean;
}

/**
 * The receipt check, in its own statement AFTER the room row is locked. In
 * READ COMMITTED a statement that waited for a lock re-reads only the locked
 * row; a receipt committed by the transaction we waited for is seen only by a
 * later statement, such as this one. So a duplicate in flight is a replay.
 */
export async function lookupReceipt(
  manager: EntityManager,
  where: ReceiptTable,
  roomId: string,
  personId: string,
  clientKey: string,
  allowed: (params: SqlParams) => string = () => 'true',
): Promise<ReceiptLookup> {
  const params = new SqlParams();
  const on = `r.${where.roomColumn} = ${params.add(roomId)} AND r.person_id = ${params.add(personId)} AND r.client_key = ${params.add(clientKey)}`;
  const [row] = await manager.query<ReceiptLookup[]>(
    `SELECT clock_timestamp() AS now, to_jsonb(r) AS receipt, ${allowed(params)} AS allowed FROM (SELECT 1) one
     LEFT JOIN ${where.readFrom ?? where.table} r ON ${on}`,
    params.values,
  );
  return { now: row.now, receipt: row.receipt, allowed: row.allowed };
}

type PgError = { code?: string; driverError?: { code?: string } };

/** The fast path's write changed nothing and the statement was undone (live_fast_path_missed, migration 1768500001000). */
export function isFastPathMissed(error: unknown): boolean {
  const e = error as PgError;
  return (e?.driverError ?? e)?.code === 'KR001';
}

/** A unique violation on the receipt: another copy of the same command committed first. */
export function isReceiptConflict(error: unknown, where: ReceiptTable): boolean {
  return isUniqueViolation(error, { table: where.table });
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
