import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * "A form never lets someone type what the server will refuse" (libs/domain/src/validation/limits.ts) holds only when
 * the API and the web read a limit from the same constant. Generated from the source: a text people type
 * (`@TextField` without `@UnguardedText`, which marks ids, tokens and codes) takes its `max` from a constant of the
 * domain, never a number written in the input: the number 40 for an organisation's word for its residents stood in
 * its input while the form counted towards 200, and the server refused what the form let through.
 */

const SRC = path.join(__dirname, '../..');

/** "file:line property" for each people-typed text whose limit is a number written in place. */
function literalLimits(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyDeclaration(node)) {
      const decorators = ts.getDecorators(node) ?? [];
      const named = (name: string) =>
        decorators.find((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText(source) === name)?.expression as
          ts.CallExpression | undefined;
      const max = named('TextField')
        ?.arguments.filter(ts.isObjectLiteralExpression)
        .flatMap((options) => options.properties)
        .find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'max');
      if (max && ts.isNumericLiteral(max.initializer) && !named('UnguardedText')) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${path.relative(SRC, fileName)}:${line + 1} ${node.name.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function inputSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return inputSources(full);
    return /\.(inputs|args)\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('every limit on a text people type comes from the domain, as the web reads it', () => {
  it('finds what it looks for (so an empty list below means something)', () => {
    const sample = `
      class A {
        @Field() @TextField({ max: 40 }) @BsnOnlyText('a word') term: string;
        @Field() @TextField({ max: LIMITS.name }) name: string;
        @Field() @TextField({ max: 100 }) @UnguardedText('the id of a method') methodId: string;
        @Field() @TextField() plain: string;
        @Field()
        @TextField({ optional: true, max: 12 })
        note: string;
      }`;
    expect(literalLimits(path.join(SRC, 'sample.inputs.ts'), sample)).toEqual(['sample.inputs.ts:3 term', 'sample.inputs.ts:7 note']);
  });

  it('has no people-typed text in an input whose limit is a number written in place', () => {
    const files = inputSources(SRC);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => literalLimits(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
