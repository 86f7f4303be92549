import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { SUPPRESSED_COUNT_TEXT } from '@kring/domain';
import { parseWebSource, WEB_SRC as SRC, webSourceFiles } from './web-source.testing';

/**
 * A suppressed count reads the same on every screen (small-number rule):
 * "minder dan 5" / "fewer than 5" comes from ui/SmallNumber.tsx, with the
 * rule's own text (SUPPRESSED_COUNT_TEXT in @kring/domain, which the PDF and
 * Markdown exports print too), never from a feature's own copy of the words (a
 * "< 5" in one table and "minder dan 5" in the next). Generated from the
 * source: every string in the web app that is nothing but such a phrase is
 * listed, wherever it is.
 */

/** A text that is only the suppressed count: "minder dan {{min}}", "fewer than 5", "< {{min}}". */
const BARE_PHRASE = /^\s*(minder dan|fewer than|<)\s*(\{\{\s*min\s*\}\}|\d+)\s*\.?\s*$/i;

function barePhrases(fileName: string, text: string): string[] {
  const { source, where } = parseWebSource(fileName, text);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) && BARE_PHRASE.test(node.text)) found.push(`${where(node)} '${node.text}'`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('a suppressed count reads the same everywhere', () => {
  it('has the words once, with the rule, in both languages', () => {
    expect(SUPPRESSED_COUNT_TEXT).toEqual({ nl: 'minder dan 5', en: 'fewer than 5' });
  });

  it('finds the copies it looks for (so an empty list below means something)', () => {
    const sample = `
      const texts = { fewer: 'minder dan {{min}}', short: '< {{min}}', en: 'Fewer than 5', sentence: 'Minder dan {{min}} naasten zeiden ja.' };`;
    expect(barePhrases(path.join(SRC, 'sample.ts'), sample)).toEqual([
      "sample.ts:2 'minder dan {{min}}'",
      "sample.ts:2 '< {{min}}'",
      "sample.ts:2 'Fewer than 5'",
    ]);
  });

  it('has no other copy of "minder dan 5" in the web app: screens use ui/SmallNumber', () => {
    const files = webSourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => barePhrases(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
