/**
 * The GraphQL documents the tests send, found once for both of their checks (issue #13): scripts/check-test-documents.ts
 * validates them against apps/api/schema.graphql, scripts/codegen-test-documents.ts types their answers and
 * variables into tests/support/documents.generated.ts, which tests/support/graphql-client.ts reads.
 *
 * A document is any string or template literal in tests/ that reads as one (starts with query, mutation,
 * subscription, fragment or a selection `{ field`) and parses; pieces of documents (a lone keyword) do not parse and
 * are not documents. A document that is invalid on purpose (a test of the server's answer to it) says so in its
 * first line, `# invalid on purpose`, and is then checked to stay invalid. A template literal whose substitutions are
 * constants (`${CASE}`, a `const` of this file or imported from another test file, itself a literal or such a
 * template) is a document too, with the constants put in; one built from anything else is built at run time and is
 * counted but neither checked nor typed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import {
  buildSchema,
  Kind,
  NoUnusedVariablesRule,
  parse,
  Source,
  specifiedRules,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = path.join(ROOT, 'apps/api/schema.graphql');
export const GENERATED_FILE = path.join(ROOT, 'tests/support/documents.generated.ts');
const INVALID_ON_PURPOSE = '# invalid on purpose';
const LOOKS_LIKE_A_DOCUMENT = /^\s*(?:#[^\n]*\n\s*)*(?:(?:query|mutation|subscription|fragment)\b|\{\s*[A-Za-z_])/;

/** One document literal: where it is, its exact text, and what is wrong with it (null when it is fine). */
export interface TestDocument {
  file: string;
  line: number;
  text: string;
  document: DocumentNode;
  invalidOnPurpose: boolean;
  problem: string | null;
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      // The generated map holds every document's text as a key; it is not a test's document itself.
      return entry.isFile() && /\.tsx?$/.test(entry.name) && !file.includes('node_modules') && file !== GENERATED_FILE ? [file] : [];
    })
    .sort();
}

function check(schema: GraphQLSchema, text: string, document: DocumentNode): Pick<TestDocument, 'invalidOnPurpose' | 'problem'> {
  const errors = validate(schema, document);
  if (text.trimStart().startsWith(INVALID_ON_PURPOSE))
    return { invalidOnPurpose: true, problem: errors.length > 0 ? null : 'marked invalid on purpose, but valid' };
  return { invalidOnPurpose: false, problem: errors.length > 0 ? errors[0].message : null };
}

const sources = new Map<string, ts.SourceFile>();
function sourceOf(file: string): ts.SourceFile {
  let source = sources.get(file);
  if (!source) sources.set(file, (source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)));
  return source;
}

/** The `const name = …` declarations anywhere in a file (a test may declare a piece of a document inside itself). */
function constDeclarations(source: ts.SourceFile, name: string): ts.VariableDeclaration[] {
  const found: ts.VariableDeclaration[] = [];
  const visitNode = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    )
      found.push(node);
    ts.forEachChild(node, visitNode);
  };
  visitNode(source);
  return found;
}

/**
 * The text of the one `const name` of `file`, or of the constant it imports as `name`; null when it is no constant
 * text (or the name is declared more than once, so which one is meant would need scopes).
 */
function constantText(file: string, name: string, seen: Set<string>): string | null {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  const declared = constDeclarations(sourceOf(file), name);
  if (declared.length > 1) return null;
  if (declared.length === 1) return declared[0].initializer ? foldedText(file, declared[0].initializer, seen) : null;
  for (const statement of sourceOf(file).statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.startsWith('.')
    ) {
      const bindings = statement.importClause?.namedBindings;
      const imported = bindings && ts.isNamedImports(bindings) ? bindings.elements.find((e) => e.name.text === name) : undefined;
      if (!imported) continue;
      const target = [`${statement.moduleSpecifier.text}.ts`, `${statement.moduleSpecifier.text}/index.ts`]
        .map((candidate) => path.resolve(path.dirname(file), candidate))
        .find((candidate) => fs.existsSync(candidate));
      return target ? constantText(target, (imported.propertyName ?? imported.name).text, seen) : null;
    }
  }
  return null;
}

/** The text of a literal, or of a template literal whose substitutions are all constant texts; else null. */
function foldedText(file: string, node: ts.Expression, seen = new Set<string>()): string | null {
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return foldedText(file, node.expression, seen);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) return null;
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const value = ts.isIdentifier(span.expression) ? constantText(file, span.expression.text, new Set(seen)) : null;
    if (value === null) return null;
    text += value + span.literal.text;
  }
  return text;
}

/** Every document literal in tests/, in file and line order, and how many documents are built at run time. */
export function findTestDocuments(): { documents: TestDocument[]; built: number } {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const documents: TestDocument[] = [];
  let built = 0;
  for (const file of testFiles(path.join(ROOT, 'tests'))) {
    const source = sourceOf(file);
    const visitNode = (node: ts.Node): void => {
      const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
      const template = ts.isTemplateExpression(node) && LOOKS_LIKE_A_DOCUMENT.test(node.head.text);
      const text = literal || template ? foldedText(file, node as ts.Expression) : null;
      if (template && text === null) built++;
      if (text !== null && LOOKS_LIKE_A_DOCUMENT.test(text)) {
        let document: DocumentNode | null = null;
        try {
          document = parse(new Source(text));
        } catch {
          // A piece of a document, not a document.
        }
        if (document) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          documents.push({ file: path.relative(ROOT, file), line, text, document, ...check(schema, text, document) });
        }
      }
      ts.forEachChild(node, visitNode);
    };
    visitNode(source);
  }
  return { documents, built };
}

/**
 * A document that asks for fields the schema no longer has, without them (and without a field left with nothing to
 * select): its answer type then lacks them, so a test that reads one fails the type check at that line, besides
 * test:documents naming the document. Null when that does not make it valid (a renamed argument or input type);
 * a variable left unused is fine, it still types the variables.
 */
function withoutUnknownFields(schema: GraphQLSchema, document: DocumentNode): DocumentNode | null {
  const typeInfo = new TypeInfo(schema);
  const kept = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: () => (typeInfo.getFieldDef() ? undefined : null),
        leave: (node: FieldNode) => (node.selectionSet?.selections.length === 0 ? null : undefined),
      },
    }),
  );
  const rules = specifiedRules.filter((rule) => rule !== NoUnusedVariablesRule);
  return validate(schema, kept, rules).length === 0 ? kept : null;
}

/**
 * The documents a test can send as they are: not invalid on purpose, and one operation each (a document with
 * several needs an operation name the client does not send); one with fields the schema no longer has is typed
 * without them.
 */
function typeable(schema: GraphQLSchema, documents: TestDocument[]): Map<string, DocumentNode> {
  const found = new Map<string, DocumentNode>();
  for (const { text, document, invalidOnPurpose, problem } of documents) {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (invalidOnPurpose || operations.length !== 1) continue;
    const typed = problem === null ? document : withoutUnknownFields(schema, document);
    if (typed) found.set(text, typed);
  }
  return found;
}

/**
 * The document with its operation and fragments renamed after a hash of its text: tests reuse names (and leave
 * operations anonymous), typescript-operations needs them unique, and a hash keeps a type's name when other
 * documents come and go.
 */
function uniquelyNamed(text: string, document: DocumentNode): { document: DocumentNode; typeName: string } {
  const tag = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const rename = (name: string) => `${name}_${tag}`;
  let typeName = '';
  const renamed = visit(document, {
    OperationDefinition(node) {
      const suffix = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[node.operation];
      const name = rename(node.name?.value ?? 'Anonymous');
      typeName = `${name}${suffix}`;
      return { ...node, name: { kind: Kind.NAME, value: name } };
    },
    FragmentDefinition: (node) => ({ ...node, name: { kind: Kind.NAME, value: rename(node.name.value) } }),
    FragmentSpread: (node) => ({ ...node, name: { kind: Kind.NAME, value: rename(node.name.value) } }),
  });
  return { document: renamed, typeName };
}

const HEADER = `// Generated by scripts/codegen-test-documents.ts from apps/api/schema.graphql and the document literals in tests/;
// do not edit. \`npm run codegen:tests\` rewrites it; \`npm run test:documents\` (in \`npm run lint\`) fails when it is stale.
`;

/** The text of tests/support/documents.generated.ts for these documents and this schema. */
export async function generateTestDocumentTypes(documents: TestDocument[]): Promise<{ text: string; typed: number }> {
  const schemaText = fs.readFileSync(SCHEMA_FILE, 'utf8');
  const named = [...typeable(buildSchema(schemaText), documents)].map(([text, document]) => ({ text, ...uniquelyNamed(text, document) }));
  const types = await codegen({
    filename: GENERATED_FILE,
    schema: parse(schemaText),
    documents: named.map(({ document }) => ({ document })),
    // Validated above; a document typed without the fields the schema lost may leave a variable unused.
    skipDocumentsValidation: true,
    plugins: [{ typescriptOperations: {} }],
    pluginMap: { typescriptOperations },
    // As the web's (apps/web/scripts/codegen.mjs); `keep` so the hash in a name stays as it is.
    config: { enumType: 'string-literal', scalars: { DateTime: 'string' }, namingConvention: 'keep' },
  });
  const entries = named
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map(({ text, typeName }) => `  ${JSON.stringify(text)}: { result: ${typeName}; variables: ${typeName}Variables };`);
  const text = `${HEADER}${types}
/** Each document literal in tests/, by its exact text: the types of its answer and of its variables. */
export interface TestDocuments {
${entries.join('\n')}
}
`;
  return { text, typed: entries.length };
}
