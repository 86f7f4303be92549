import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parseWebSource, WEB_SRC as SRC, webSourceFiles as sourceFiles } from './web-source.testing';

/**
 * No silent loss (issue #11): the browser's own `maxlength` cuts a long paste
 * off without a word. Every limited text goes through the shared fields
 * (ui/Field.tsx: TextField, TextAreaField, with limit-state.ts), which count as
 * the limit nears and, once over, say so beside the box and keep the text.
 *
 * Generated from the source: every .ts/.tsx file of the web app is parsed and
 * each native <input> or <textarea> with a maxLength attribute, and each
 * `maxlength` written into HTML or set on an element, is listed. The kit
 * itself never hands maxLength to the native control, so it is scanned too.
 */

const NATIVE_TEXT_CONTROLS = new Set(['input', 'textarea']);
const isMaxLength = (name: string) => name.toLowerCase() === 'maxlength';

/** "file:line <element>" for each native limit in one file. */
function nativeLimits(fileName: string, text: string): string[] {
  const { source, where } = parseWebSource(fileName, text);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => found.push(`${where(node)} ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      const limited = node.attributes.properties.some((p) => ts.isJsxAttribute(p) && isMaxLength(p.name.getText(source)));
      if (NATIVE_TEXT_CONTROLS.has(tag) && limited) at(node, `<${tag} maxLength>`);
    } else if ((ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) && /maxlength\s*=/i.test(node.getText(source))) {
      at(node, 'maxlength= in HTML');
    } else if (ts.isCallExpression(node) && /\.setAttribute$/.test(node.expression.getText(source))) {
      const [name] = node.arguments;
      if (name && ts.isStringLiteralLike(name) && isMaxLength(name.text)) at(node, "setAttribute('maxlength')");
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      if (ts.isPropertyAccessExpression(target) && isMaxLength(target.name.text)) at(node, '.maxLength =');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no text field cuts what is typed or pasted', () => {
  it('finds the native limits it looks for (so an empty list below means something)', () => {
    const sample = `
      const a = <textarea value={v} maxLength={10} />;
      const b = <input
        type="text"
        maxlength="5">x</input>;
      const ok = <TextField label="x" value={v} onChange={f} maxLength={10} />;
      el.setAttribute('maxlength', '3');
      el.maxLength = 3;
      const html = '<input maxlength="4">';`;
    expect(nativeLimits(path.join(SRC, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:2 <textarea maxLength>',
      'sample.tsx:3 <input maxLength>',
      "sample.tsx:7 setAttribute('maxlength')",
      'sample.tsx:8 .maxLength =',
      'sample.tsx:9 maxlength= in HTML',
    ]);
  });

  it('has no native maxlength anywhere in the web app: limited texts use TextField / TextAreaField', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) => nativeLimits(file, fs.readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });
});
