/**
 * Every GraphQL document the tests send is checked against apps/api/schema.graphql before any test runs (issue #13:
 * "the integration tests send untyped GraphQL strings, so a renamed field fails only at run time"). `npm run lint`
 * runs this, so a field renamed in the schema fails CI at the line that still asks for the old name, in seconds,
 * instead of as a GraphQL error in the middle of a 20-minute run.
 *
 * A document is any string or template literal in tests/ that reads as one (starts with query, mutation,
 * subscription, fragment or a selection `{ field`) and parses; pieces of documents (a lone keyword) do not parse and
 * are not documents. A document that is invalid on purpose (a test of the server's answer to it) says so in its
 * first line, `# invalid on purpose`, and is then checked to stay invalid. Template literals with substitutions are
 * built at run time and are counted but not checked.
 *
 *   node -r ./tests/bench/swc-register.js scripts/check-test-documents.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, Source, validate, type GraphQLSchema } from 'graphql';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const INVALID_ON_PURPOSE = '# invalid on purpose';
const LOOKS_LIKE_A_DOCUMENT = /^\s*(?:#[^\n]*\n\s*)*(?:(?:query|mutation|subscription|fragment)\b|\{\s*[A-Za-z_])/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !file.includes('node_modules') ? [file] : [];
  });
}

const NOT_A_DOCUMENT = Symbol('not a document');

/** What is wrong with one literal: null when it is fine, NOT_A_DOCUMENT for a piece that does not parse. */
function problem(schema: GraphQLSchema, text: string): string | null | typeof NOT_A_DOCUMENT {
  let document;
  try {
    document = parse(new Source(text));
  } catch {
    return NOT_A_DOCUMENT;
  }
  const errors = validate(schema, document);
  if (text.trimStart().startsWith(INVALID_ON_PURPOSE)) return errors.length > 0 ? null : 'marked invalid on purpose, but valid';
  return errors.length > 0 ? errors[0].message : null;
}

const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
let checked = 0;
let built = 0;
const problems: string[] = [];
for (const file of testFiles(path.join(ROOT, 'tests'))) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && LOOKS_LIKE_A_DOCUMENT.test(node.text)) {
      const wrong = problem(schema, node.text);
      if (wrong !== NOT_A_DOCUMENT) checked++;
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (typeof wrong === 'string') problems.push(`${path.relative(ROOT, file)}:${line}: ${wrong}`);
    } else if (ts.isTemplateExpression(node) && LOOKS_LIKE_A_DOCUMENT.test(node.head.text)) built++;
    ts.forEachChild(node, visit);
  };
  visit(source);
}

for (const p of problems) console.log(p);
console.log(
  `${checked} GraphQL documents in tests/ checked against schema.graphql, ${problems.length} wrong; ${built} built at run time (not checked)`,
);
if (problems.length > 0 || checked === 0) process.exitCode = 1;
