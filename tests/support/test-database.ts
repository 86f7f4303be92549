import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';

/** The database global setup migrates once; `createTestDatabase({ migrated: true })` clones it. */
export const MIGRATED_TEMPLATE = 'kring_t_migrated';

function runUrl(): URL {
  const base = process.env.KRING_TEST_PG_URL;
  if (!base) throw new Error('KRING_TEST_PG_URL is not set: run tests through jest (tests/jest.config.js starts PostgreSQL).');
  return new URL(base);
}

function databaseUrl(name: string): string {
  const url = runUrl();
  url.pathname = `/${name}`;
  return url.toString();
}

export async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: runUrl().toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Global setup: the template every migrated test database is a copy of (no connection stays open to it). */
export async function migrateTemplate(): Promise<void> {
  await admin((client) => client.query(`CREATE DATABASE ${MIGRATED_TEMPLATE}`));
  await runMigrations(databaseUrl(MIGRATED_TEMPLATE));
}

/**
 * Creates a fresh database in the run's PostgreSQL and returns its URL: empty, or with `migrated` a copy of the
 * template global setup migrated (what the migrations make of an empty database, made once per run), or with
 * `copyOf` a copy of that database of the run (no connection may be open to it). Tests that check what a start on an
 * empty database does (the built server, the generated row types) take an empty one.
 */
export async function createTestDatabase({ migrated = false, copyOf }: { migrated?: boolean; copyOf?: string } = {}): Promise<string> {
  const template = copyOf ?? (migrated ? process.env.KRING_TEST_PG_TEMPLATE : undefined);
  if (migrated && !template) throw new Error('KRING_TEST_PG_TEMPLATE is not set: run tests through jest (tests/jest.config.js).');
  const name = `kring_t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  return databaseUrl(name);
}

/** The name of a database of the run, from its URL. */
export const databaseName = (url: string): string => new URL(url).pathname.slice(1);
