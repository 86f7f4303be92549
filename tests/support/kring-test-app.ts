import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createKringApp } from '../../apps/api/src/create-app';
import { loadConfig, PasswordHashCost } from '../../apps/api/src/engine/config/kring-config';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { GraphqlClient } from './graphql-client';
import { mailDelivered } from './mail-delivered';
import { admin, createTestDatabase, databaseName } from './test-database';

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
 * on the same database; `demo` starts it on a copy of the run's demo database
 * (the demo network, loaded as `loadDemo` does; see demoDatabase).
 */
export async function startTestKring(
  options: { databaseUrl?: string; env?: NodeJS.ProcessEnv; demo?: boolean; passwordHashCost?: PasswordHashCost } = {},
): Promise<TestKring> {
  // A copy of the run's migrated template (or demo); the migrations still run, as at every start (nothing is pending then).
  const databaseUrl =
    options.databaseUrl ??
    (options.demo ? await createTestDatabase({ copyOf: await demoDatabase() }) : await createTestDatabase({ migrated: true }));
  await runMigrations(databaseUrl);
  // The queue looks for work every half second (its minimum): mail reaches the outbox soon after the request.
  // Periodic jobs stay off unless a test asks: a reminder round at a random moment would change what tests count.
  // Passwords light: every test's password is printed in its source, as the demo's are (password-hasher.ts). At the
  // standard cost each account and each login took 0.45 s of processor time (eight files: 94 s, light 65 s). The cost
  // is a test's subject only where it is set back to standard (throttles.spec.ts: hashing must not starve page serving).
  const config = {
    ...loadConfig({
      PORT: '0',
      LOG_LEVEL: process.env.KRING_TEST_LOG_LEVEL ?? 'silent',
      JOB_POLL_SECONDS: '0.5',
      PERIODIC_JOBS: 'off',
      ...options.env,
    }),
    passwordHashCost: options.passwordHashCost ?? 'light',
  };
  const app = await createKringApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
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

/** The run's database with the demo loaded, which files that start on the demo copy; made by the first that asks. */
const DEMO_DATABASE = 'kring_t_demo';
/** Any fixed number: the advisory lock under which the first file makes it while others (other workers) wait. */
const DEMO_LOCK_KEY = 4_721_014;

/**
 * The demo takes a few seconds to load (a year of sessions through the features' services; 2.9 s measured on
 * 6 December 2026): once per run, by a Kring of its own, through the same `loadDemo` mutation the setup page sends;
 * each file then starts on a copy, isolated as before. Its mail is delivered before the copy is made, as it would be by the time a test
 * looked. Dates in it are relative to the load, minutes before a file runs (the demo's live session is then minutes
 * further along, as it would be had the file loaded it and waited).
 */
async function demoDatabase(): Promise<string> {
  return admin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [DEMO_LOCK_KEY]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_DATABASE]);
      if (exists.rowCount === 0) {
        const kring = await startTestKring();
        try {
          await new GraphqlClient(kring.url).ok(`mutation { loadDemo { accounts { email } } }`);
          await kring.mailDelivered();
        } finally {
          await kring.close();
        }
        const loaded = databaseName(kring.databaseUrl);
        // A copy needs the source without connections; a pool's last one may still be closing.
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [loaded]);
        await client.query(`ALTER DATABASE ${loaded} RENAME TO ${DEMO_DATABASE}`);
      }
      return DEMO_DATABASE;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [DEMO_LOCK_KEY]);
    }
  });
}
