import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parseWebSource, WEB_SRC, webSourceFiles } from './web-source.testing';

/**
 * No silent loss (issue #11): the shared fields (Field.tsx with limit-state.ts)
 * count as the limit nears and say so once over, but only when they are given
 * the server's limit as `maxLength`. Generated from the source: every
 * <TextField> and <TextAreaField> in the web app must pass maxLength (from
 * libs/domain, where the API's inputs take it too), unless
 *  - its type holds no free text (a date, time or number: the server checks the
 *    value, not a length), or
 *  - it carries an explicit exemption inside the tag, a comment
 *    `// no-maxlength: <why>` (e.g. one item per line, with a limit per line).
 * A spread ({...form.field(...)}) does not count: the limit is written at the field.
 */

const SHARED_TEXT_FIELDS = new Set(['TextField', 'TextAreaField']);
const LENGTHLESS_TYPES = new Set(['date', 'time', 'number']);
const EXEMPTION = /\/\/[ \t]*no-maxlength:[ \t]*\S{3,}/;

/** "file:line <Field>" for each shared text field that will never count. */
function uncountedFields(fileName: string, text: string): string[] {
  const { source, where } = parseWebSource(fileName, text);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      if (SHARED_TEXT_FIELDS.has(tag)) {
        const attribute = (name: string) =>
          node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(source) === name);
        const type = attribute('type')?.initializer;
        const lengthless = !!type && ts.isStringLiteral(type) && LENGTHLESS_TYPES.has(type.text);
        const exempt = EXEMPTION.test(node.getText(source));
        if (!attribute('maxLength') && !lengthless && !exempt) found.push(`${where(node)} <${tag}>`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every shared text field counts towards the limit the server keeps', () => {
  it('finds the fields it looks for (so an empty list below means something)', () => {
    const sample = `
      const a = <TextField label="x" value={v} onChange={f} />;
      const b = <TextAreaField
        label="x" {...form.field('note', error)} />;
      const ok1 = <TextField label="x" value={v} onChange={f} maxLength={LIMITS.name} />;
      const ok2 = <TextField label="x" type="date" value={v} onChange={f} />;
      const c = <TextField label="x" type="email" value={v} onChange={f} />;
      const ok3 = <TextAreaField
        // no-maxlength: one name per line, each with its own limit
        label="x" value={v} onChange={f} />;
      const d = <TextAreaField
        // no-maxlength:
        label="x" value={v} onChange={f}></TextAreaField>;`;
    expect(uncountedFields(path.join(WEB_SRC, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:2 <TextField>',
      'sample.tsx:3 <TextAreaField>',
      'sample.tsx:7 <TextField>',
      'sample.tsx:11 <TextAreaField>',
    ]);
  });

  it('has no TextField or TextAreaField without maxLength (or a written exemption) in the web app', () => {
    const files = webSourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) => uncountedFields(file, fs.readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });
});
