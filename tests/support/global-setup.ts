import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from './chromium-path';
import { startEmbeddedPostgres } from '../../apps/api/src/engine/database/embedded-postgres';
import { MIGRATED_TEMPLATE, migrateTemplate } from './test-database';

/**
 * One real PostgreSQL for the whole run; every test file creates its own
 * database in it (see kring-test-app.ts), so files stay isolated in parallel.
 * The migrations run once here, into a template that each file's database is
 * cloned from (a file copy instead of some twenty-five migrations per file).
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-test-pg-'));
  // Thrown away after the run, so nothing waits for the disk: commits and checkpoints write without flushing (what
  // the tests check is what the database answers, never whether it survives a power cut). synchronous_commit stays
  // as in production: live-scale-out.spec.ts checks that commands keep it on.
  const db = await startEmbeddedPostgres(dir, 'postgres', undefined, ['-c', 'fsync=off', '-c', 'full_page_writes=off']);
  process.env.KRING_TEST_PG_URL = db.url;
  await migrateTemplate();
  process.env.KRING_TEST_PG_TEMPLATE = MIGRATED_TEMPLATE;
  process.env.KRING_TEST_CHROMIUM = JSON.stringify(await findChromium());
  (globalThis as Record<string, unknown>).__kringTestDb = { db, dir };
}
