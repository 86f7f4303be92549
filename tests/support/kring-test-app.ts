import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createKringApp } from '../../apps/api/src/create-app';
import { loadConfig } from '../../apps/api/src/engine/config/kring-config';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { createTestDatabase } from './test-database';

export interface TestKring {
  url: string;
  databaseUrl: string;
  app: INestApplication;
  /** Direct SQL access for assertions (what is really stored). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Starts a real Kring (the same createKringApp as `npm start`) on a free port,
 * on its own migrated database. Pass `databaseUrl` to start a second instance
 * on the same database.
 */
export async function startTestKring(options: { databaseUrl?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TestKring> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  await runMigrations(databaseUrl);
  const config = loadConfig({ PORT: '0', LOG_LEVEL: process.env.KRING_TEST_LOG_LEVEL ?? 'silent', ...options.env });
  const app = await createKringApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    app,
    sql: async (query, params) => (await client.query(query, params as unknown[])).rows,
    close: async () => {
      await client.end();
      await app.close();
    },
  };
}
