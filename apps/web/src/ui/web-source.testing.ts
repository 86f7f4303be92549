import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * For the specs generated from the web app's own source (no-native-maxlength,
 * text-fields-limited): the app's .ts/.tsx files without the specs, and a
 * parser that reports positions as "file:line" relative to src/.
 */
export const WEB_SRC = path.resolve(__dirname, '..');

export function webSourceFiles(dir = WEB_SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return webSourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

export function parseWebSource(fileName: string, text: string) {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const where = (node: ts.Node) =>
    `${path.relative(WEB_SRC, fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  return { source, where };
}
