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
  // The two workers' files run several Kring instances side by side on this one server, each with a pool that keeps
  // up to 10 connections open for good and 30 under load (data-source-options.ts): PostgreSQL's default of 100 ran
  // out in CI ("sorry, too many clients already" while notifications.spec started its second instance).
  const db = await startEmbeddedPostgres(dir, 'postgres', undefined, [
    '-c',
    'fsync=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=400',
  ]);
  process.env.KRING_TEST_PG_URL = db.url;
  await migrateTemplate();
  process.env.KRING_TEST_PG_TEMPLATE = MIGRATED_TEMPLATE;
  process.env.KRING_TEST_CHROMIUM = JSON.stringify(await findChromium());
  (globalThis as Record<string, unknown>).__kringTestDb = { db, dir };
}
