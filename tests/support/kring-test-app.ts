import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createKringApp } from '../../apps/api/src/create-app';
import { loadConfig } from '../../apps/api/src/engine/config/kring-config';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { mailDelivered } from './mail-delivered';
import { createTestDatabase } from './test-database';

export interface TestKring {
  url: string;
  databaseUrl: string;
  app: INestApplication;
  /** Direct SQL access for assertions (what is really stored). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /**
   * Waits until every mail queued so far is delivered (in the outbox when SMTP is off): mail leaves through the job
   * queue, outside the request, so a test reads the outbox only after this.
   */
  mailDelivered(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a real Kring (the same createKringApp as `npm start`) on a free port,
 * on its own migrated database. Pass `databaseUrl` to start a second instance
 * on the same database.
 */
export async function startTestKring(options: { databaseUrl?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TestKring> {
  // A copy of the run's migrated template; the migrations still run, as at every start (nothing is pending then).
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase({ migrated: true }));
  await runMigrations(databaseUrl);
  // The queue looks for work every half second (its minimum): mail reaches the outbox soon after the request.
  // Periodic jobs stay off unless a test asks: a reminder round at a random moment would change what tests count.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: process.env.KRING_TEST_LOG_LEVEL ?? 'silent',
    JOB_POLL_SECONDS: '0.5',
    PERIODIC_JOBS: 'off',
    ...options.env,
  });
  const app = await createKringApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const sql = async <T>(query: string, params?: unknown[]): Promise<T[]> => (await client.query(query, params as unknown[])).rows;
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    app,
    sql,
    mailDelivered: () => mailDelivered(sql),
    close: async () => {
      await client.end();
      await app.close();
    },
  };
}
