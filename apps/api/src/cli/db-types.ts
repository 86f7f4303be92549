import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../engine/database/embedded-postgres';
import { runMigrations } from '../engine/database/run-migrations';
import { readColumns } from '../engine/database/table-types/read-columns';
import { renderTableTypes } from '../engine/database/table-types/render-table-types';

/** The checked-in row types; the same path from src/cli and dist/cli. */
export const TABLE_TYPES_FILE = path.resolve(__dirname, '../../src/engine/database/tables.generated.ts');

/**
 * `npm run db:types`: migrates a throw-away embedded PostgreSQL and writes the
 * row type of every table, so a new column needs one migration and this
 * command instead of hand edits in three places.
 */
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-db-types-'));
  const database = await startEmbeddedPostgres(dir, 'kring');
  try {
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      fs.writeFileSync(TABLE_TYPES_FILE, renderTableTypes(await readColumns(client)));
    } finally {
      await client.end();
    }
    console.log(`Row types written: ${path.relative(process.cwd(), TABLE_TYPES_FILE)}`);
  } finally {
    await database.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
