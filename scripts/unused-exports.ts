/**
 * Lists exports that no other file imports (issue #13: "about 14 exports are
 * used nowhere"). One TypeScript program over the whole repository (apps,
 * libs, tests, scripts, @kring/domain read from its sources): every import and
 * re-export is resolved by the type checker to the declaration it names, and a
 * declaration that is exported but reached that way from no other file is
 * listed, as
 *   - dead: not used in its own file either, so the code itself can go;
 *   - local: used only in its own file, so only the `export` keyword is extra.
 * Generated files (tables.generated.ts, the web's GraphQL types) are left out;
 * entry files (main, CLIs, configs) are roots, not candidates.
 *
 *   node -r ./tests/bench/swc-register.js scripts/unused-exports.ts [--local] [--check]
 *
 * With --check (npm run lint, so npm test and CI) it fails when an export is used nowhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['apps/api/src', 'apps/web/src', 'apps/web/sw', 'libs/domain/src', 'tests', 'scripts'];
const NOT_CANDIDATES = [
  /\.generated\.ts$/,
  /apps\/web\/src\/graphql\/(generated|documents\/)/,
  /\.spec\.tsx?$/,
  /\.d\.ts$/,
  /\/main\.tsx?$/,
  /apps\/api\/src\/cli\//,
  /tests\/support\/global-(setup|teardown)\.ts$/,
  /^scripts\//,
  /vite\.config/,
];

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || file.includes('node_modules') || file.includes(`${path.sep}dist${path.sep}`)) return [];
    // Our own .d.ts files count as users (the web's i18next.d.ts names the catalogue type).
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const program = ts.createProgram(SOURCE_DIRS.flatMap(sourceFiles), {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  experimentalDecorators: true,
  baseUrl: ROOT,
  paths: { '@kring/domain': ['libs/domain/src/index.ts'] },
});
const checker = program.getTypeChecker();
const ours = program.getSourceFiles().filter((f) => !f.fileName.includes('node_modules') && f.fileName.startsWith(ROOT));

const original = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

/** Declarations reached from another file: through an import, a re-export, `import * as`, or import(). */
const usedElsewhere = new Set<ts.Symbol>();
function markModule(specifier: ts.Expression): void {
  const moduleSymbol = checker.getSymbolAtLocation(specifier);
  if (moduleSymbol) for (const symbol of checker.getExportsOfModule(moduleSymbol)) usedElsewhere.add(original(symbol));
}
for (const file of ours) {
  const visit = (node: ts.Node): void => {
    if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && node.getSourceFile() === file) {
      const symbol = checker.getSymbolAtLocation(node.name);
      if (symbol) usedElsewhere.add(original(symbol));
    } else if (ts.isImportClause(node) && node.name) {
      const symbol = checker.getSymbolAtLocation(node.name);
      if (symbol) usedElsewhere.add(original(symbol));
    } else if (ts.isNamespaceImport(node) || ts.isNamespaceExport(node)) {
      const declaration = node.parent.parent as ts.ImportDeclaration | ts.ExportDeclaration;
      if (declaration.moduleSpecifier) markModule(declaration.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      markModule(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      markModule(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** How often a declaration is named in its own file besides where it is declared. */
function localUses(file: ts.SourceFile, symbol: ts.Symbol): number {
  const declared = new Set((symbol.declarations ?? []).map((d) => (d as ts.NamedDeclaration).name).filter(Boolean));
  let uses = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !declared.has(node) && node.text === symbol.name && checker.getSymbolAtLocation(node) === symbol) uses++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

const rows: { file: string; name: string; dead: boolean }[] = [];
for (const file of ours) {
  const relative = path.relative(ROOT, file.fileName);
  if (NOT_CANDIDATES.some((pattern) => pattern.test(relative))) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    // A re-export (named, or through `export *`, which hands out the original symbol): counted where it is declared.
    if (exported.flags & ts.SymbolFlags.Alias || !exported.declarations?.some((d) => d.getSourceFile() === file)) continue;
    if (usedElsewhere.has(exported)) continue;
    rows.push({ file: relative, name: exported.name, dead: localUses(file, exported) === 0 });
  }
}

const showLocal = process.argv.includes('--local');
const dead = rows.filter((r) => r.dead);
const local = rows.filter((r) => !r.dead);
for (const r of dead) console.log(`dead   ${r.file}: ${r.name}`);
if (showLocal) for (const r of local) console.log(`local  ${r.file}: ${r.name}`);
console.log(`${dead.length} exports used nowhere, ${local.length} used only in their own file (${ours.length} files read)`);
if (process.argv.includes('--check') && dead.length > 0) process.exitCode = 1;
