import fs from 'node:fs';
import path from 'node:path';
import { FEATURE_MODULES } from './app.module';
import { printFeatureSchema } from './engine/graphql/schema-printer';

/** The checked-in schema: the single source of the web app's generated types. */
export const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

/**
 * Build step. Locally it (re)writes schema.graphql; in CI (CI=true) it only
 * compares, and fails when the committed file no longer matches the code.
 */
async function main(): Promise<void> {
  const sdl = await printFeatureSchema(FEATURE_MODULES);
  const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (current === sdl) return;
  if (process.env.CI) {
    console.error(`${path.relative(process.cwd(), SCHEMA_FILE)} is stale: run "npm run build" and commit the updated schema.`);
    process.exit(1);
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`GraphQL schema updated: ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
