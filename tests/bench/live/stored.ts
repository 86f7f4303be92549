import { Client } from 'pg';
import type { Target } from './options';
import type { Sent } from './open-loop';

export interface StoredCheck {
  /** Acknowledged contributions. */
  acked: number;
  storedOnce: number;
  /** Acknowledged but not stored. */
  lost: number;
  /** Stored more than once (rows beyond the first). */
  duplicates: number;
}

/** Where each target keeps what it acknowledged; the bare and adapter baselines store nothing. */
const STORE: Partial<Record<Target, { table: string; key: string }>> = {
  kring: { table: 'session_entry', key: 'client_key' },
  durable: { table: 'bench_message', key: 'key' },
};

/** Reads the stored rows back: every acknowledged contribution exactly once. */
export async function checkStored(databaseUrl: string, target: Target, sent: Sent[]): Promise<StoredCheck | undefined> {
  const store = STORE[target];
  if (!store) return undefined;
  const acked = sent.filter((s) => s.ackAt !== undefined).map((s) => s.key);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Literal table and column names from STORE above, never from input.
    const { rows } = await db.query<{ key: string; n: number }>(
      `SELECT ${store.key}::text AS key, count(*)::int AS n FROM ${store.table} WHERE ${store.key}::text = ANY($1::text[]) GROUP BY ${store.key}`,
      [acked],
    );
    const counts = new Map(rows.map((r) => [r.key, r.n]));
    return {
      acked: acked.length,
      storedOnce: acked.filter((key) => counts.get(key) === 1).length,
      lost: acked.filter((key) => !counts.has(key)).length,
      duplicates: rows.reduce((sum, r) => sum + Math.max(0, r.n - 1), 0),
    };
  } finally {
    await db.end();
  }
}

/**
 * Transactions and inserted rows in the benchmark's database (pg_stat_database), to read against the probe's statement
 * count, and the write-ahead log the whole server wrote (pg_stat_wal: each target has the embedded server to itself),
 * since a commit waits for its WAL to reach the disk and a page's first change after a checkpoint writes the page whole.
 */
export async function databaseCounters(
  databaseUrl: string,
): Promise<{ xacts: number; inserted: number; walBytes: number; walFullPages: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Statistics reach pg_stat_database when a backend goes idle; a short pause lets the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await db.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await db.query<{ xacts: string; inserted: string }>(
      `SELECT (xact_commit + xact_rollback)::bigint AS xacts, tup_inserted::bigint AS inserted FROM pg_stat_database WHERE datname = current_database()`,
    );
    const wal = await db.query<{ bytes: string; fpi: string }>(
      `SELECT wal_bytes::bigint AS bytes, wal_fpi::bigint AS fpi FROM pg_stat_wal`,
    );
    return {
      xacts: Number(rows[0].xacts),
      inserted: Number(rows[0].inserted),
      walBytes: Number(wal.rows[0].bytes),
      walFullPages: Number(wal.rows[0].fpi),
    };
  } finally {
    await db.end();
  }
}

/**
 * Sessions (connections) PostgreSQL has accepted on the bench's database so far, this reading's own included: a
 * pool that closes idle connections and opens new ones under the next burst pays a backend's start, its login
 * and the re-preparing of every named statement each time.
 */
export async function sessionsSoFar(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await db.query<{ n: string }>(`SELECT sessions::bigint AS n FROM pg_stat_database WHERE datname = current_database()`);
    return Number(rows[0].n);
  } finally {
    await db.end();
  }
}
