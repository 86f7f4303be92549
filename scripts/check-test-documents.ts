/**
 * Every GraphQL document the tests send is checked against apps/api/schema.graphql before any test runs (issue #13:
 * "the integration tests send untyped GraphQL strings, so a renamed field fails only at run time"). `npm run lint`
 * runs this, so a field renamed in the schema fails CI at the line that still asks for the old name, in seconds,
 * instead of as a GraphQL error in the middle of a 20-minute run. It also fails when
 * tests/support/documents.generated.ts (the documents' answer and variables types) is stale, so the type check of
 * tests/ sees the schema as it is. Which literals are documents: scripts/test-documents.ts.
 *
 *   node -r ./tests/bench/swc-register.js scripts/check-test-documents.ts
 */
import fs from 'node:fs';
import { findTestDocuments, GENERATED_FILE, generateTestDocumentTypes } from './test-documents';

async function main() {
  const { documents, built } = findTestDocuments();
  const problems = documents.filter((d) => d.problem !== null);
  for (const d of problems) console.log(`${d.file}:${d.line}: ${d.problem}`);
  console.log(
    `${documents.length} GraphQL documents in tests/ checked against schema.graphql, ${problems.length} wrong; ${built} built at run time (not checked)`,
  );
  const stale =
    (fs.existsSync(GENERATED_FILE) ? fs.readFileSync(GENERATED_FILE, 'utf8') : '') !== (await generateTestDocumentTypes(documents)).text;
  if (stale) console.log('tests/support/documents.generated.ts is stale: run "npm run codegen:tests" and commit it.');
  if (problems.length > 0 || documents.length === 0 || stale) process.exitCode = 1;
}

void main();
