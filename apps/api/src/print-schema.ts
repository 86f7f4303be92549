import fs from 'node:fs';
import path from 'node:path';
import { FEATURE_MODULES } from './app.module';
import { printFeatureSchema } from './engine/graphql/schema-printer';

/** Build step: writes apps/api/schema.graphql, the single source of the web app's types. */
export const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

if (require.main === module) {
  printFeatureSchema(FEATURE_MODULES).then(
    (sdl) => {
      fs.writeFileSync(SCHEMA_FILE, sdl);
      console.log(`GraphQL schema written to ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
