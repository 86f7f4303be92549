import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/engine/database/data-source-options';
import { createTestDatabase } from '../support/test-database';

/**
 * Services read in parallel, also inside a transaction, where every read shares one connection. The data source's
 * client must queue those reads itself: pg 8 warns when a query arrives while others wait in its own queue (pg 9 will
 * refuse), and a failing read must neither stop the ones after it nor mix up the order.
 */
type QueuedClient = { _queryQueue: unknown[] };
describe('parallel reads on one connection', () => {
  let db: DataSource;
  // The longest queue pg itself held when a query reached it: what pg 8 warns about.
  let waitingInPg = 0;
  const pgQuery = Client.prototype.query;

  beforeAll(async () => {
    Client.prototype.query = function (this: QueuedClient, ...args: unknown[]) {
      waitingInPg = Math.max(waitingInPg, this._queryQueue.length);
      return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as Client['query'];
    db = await new DataSource({ ...dataSourceOptions(await createTestDatabase()), migrations: [] }).initialize();
  });
  afterAll(async () => {
    Client.prototype.query = pgQuery;
    await db.destroy();
  });

  it('runs them in order inside a transaction, never queued inside pg', async () => {
    waitingInPg = 0;
    const rows = await db.transaction((manager) =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) => manager.query(`SELECT $1::int AS n, pg_sleep(0.002)`, [i]) as Promise<{ n: number }[]>),
      ),
    );
    expect(rows.map(([row]) => row.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(waitingInPg).toBe(0);
  });

  it.each([
    ['a failing read in the middle', ['SELECT 1 AS n', 'SELECT nope', 'SELECT 3 AS n'], ['1', 'error', '3']],
    ['a failing first read', ['SELECT nope', 'SELECT 2 AS n'], ['error', '2']],
  ])('keeps going after %s on one connection', async (_case, sql, expected) => {
    const runner = db.createQueryRunner();
    try {
      const outcomes = await Promise.all(
        sql.map((text) =>
          runner.query(text).then(
            (r: { n: number }[]) => String(r[0].n),
            () => 'error',
          ),
        ),
      );
      expect(outcomes).toEqual(expected);
    } finally {
      await runner.release();
    }
  });
});
