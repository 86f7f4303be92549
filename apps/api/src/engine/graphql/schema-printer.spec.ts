import fs from 'node:fs';
import { FEATURE_MODULES } from '../../app.module';
import { SCHEMA_FILE } from '../../print-schema';
import { printFeatureSchema } from './schema-printer';

describe('checked-in GraphQL schema', () => {
  it('matches the schema the code defines (run "npm run build" and commit when this fails)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printFeatureSchema(FEATURE_MODULES));
  });
});
