/**
 * Rewrites tests/support/documents.generated.ts: the answer and variables types of every GraphQL document literal in
 * tests/, so a test that reads a field the schema no longer has fails the type check (`tsc -p tests/tsconfig.json`)
 * at its line. Run it after adding or changing a document in a test, or after the schema changed; commit the file.
 *
 *   npm run codegen:tests
 */
import fs from 'node:fs';
import { findTestDocuments, GENERATED_FILE, generateTestDocumentTypes } from './test-documents';

async function main() {
  const { documents } = findTestDocuments();
  for (const d of documents.filter((d) => d.problem !== null)) console.log(`${d.file}:${d.line}: ${d.problem}`);
  const { text, typed } = await generateTestDocumentTypes(documents);
  fs.writeFileSync(GENERATED_FILE, text);
  console.log(`tests/support/documents.generated.ts: ${typed} distinct documents typed, of ${documents.length} in tests/`);
}

void main();
