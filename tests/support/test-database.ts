import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Creates a fresh, empty database in the run's PostgreSQL and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const base = process.env.KRING_TEST_PG_URL;
  if (!base) throw new Error('KRING_TEST_PG_URL is not set: run tests through jest (tests/jest.config.js starts PostgreSQL).');
  const name = `kring_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
