import fs from 'node:fs';
import { Client } from 'pg';
import { TABLE_TYPES_FILE } from '../../apps/api/src/cli/db-types';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { readColumns } from '../../apps/api/src/engine/database/table-types/read-columns';
import { renderTableTypes } from '../../apps/api/src/engine/database/table-types/render-table-types';
import { createTestDatabase } from '../support/test-database';

/**
 * The migrations are the one description of every table; the row types the
 * code uses are generated from them. This fails when a migration changed a
 * table and `npm run db:types` was not run (like the schema.graphql check).
 */
describe('row types generated from the migrations', () => {
  it('tables.generated.ts matches the migrated schema', async () => {
    const url = await createTestDatabase();
    await runMigrations(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const expected = renderTableTypes(await readColumns(client));
      const committed = fs.readFileSync(TABLE_TYPES_FILE, 'utf8');
      if (committed !== expected)
        throw new Error('apps/api/src/engine/database/tables.generated.ts is stale: run "npm run db:types" and commit it.');
      expect(committed).toContain('export interface Tables {');
    } finally {
      await client.end();
    }
  });
});
