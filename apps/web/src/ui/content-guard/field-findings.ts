import { createContext, useContext } from 'react';
import type { Finding } from './highlight';

/** What the guard found in one text box, and the text it found it in. */
export interface BoxFindings {
  findings: readonly Finding[];
  /** The text as checked or sent; once the box holds another text the findings no longer describe it. */
  text?: string;
}

/**
 * What the identifying-details guard found, by the name of the text box it was found in. A guarded form (the case
 * and story editors, while typing) and every ui/Form refused by the server's guard provide it; the shared text boxes
 * (TextField, TextAreaField) read it by their `name` and say beside themselves what was found there, so the message
 * stands next to the control that caused it and not only in the guard's panel by the button, far down on a phone.
 */
export const FieldFindingsContext = createContext<Readonly<Record<string, BoxFindings>>>({});

/** The findings in the text box with this name, as long as it still holds the text they were found in. */
export function useFieldFindings(name: string | undefined, value: string): readonly Finding[] {
  const all = useContext(FieldFindingsContext);
  return findingsFor(name ? all[name] : undefined, value);
}

export function findingsFor(box: BoxFindings | undefined, value: string): readonly Finding[] {
  if (!box || (box.text !== undefined && box.text.trim() !== value.trim())) return NONE;
  return box.findings;
}

const NONE: readonly Finding[] = [];

/** The server's findings (named by their path in the input, which is the box's name) by box, with the texts sent. */
export function findingsByBox(
  findings: readonly (Finding & { field: string })[],
  sentTexts: Readonly<Record<string, string>> = {},
): Record<string, BoxFindings> {
  const boxes: Record<string, BoxFindings> = {};
  for (const finding of findings) {
    const box = (boxes[finding.field] ??= { findings: [], text: sentTexts[finding.field] });
    (box.findings as Finding[]).push(finding);
  }
  return boxes;
}

/** "Naam" reads "naam" inside a sentence; an abbreviation such as "BSN" stays as it is. */
export function inSentence(label: string): string {
  return label.length > 1 && label[1] === label[1].toLowerCase() ? label[0].toLowerCase() + label.slice(1) : label;
}

/**
 * The findings of one box in a few words, each once, in the order of the text: `Jan (naam), 111222333 (BSN)`;
 * `bsn` says whether one of them is a BSN, which Kring refuses whatever the author confirms.
 */
export function describeFindings(findings: readonly Finding[]): { found: string; bsn: boolean } {
  const parts = [...findings].sort((a, b) => a.start - b.start).map((f) => `${f.match} (${inSentence(f.label)})`);
  return { found: [...new Set(parts)].join(', '), bsn: findings.some((f) => f.kind === 'bsn') };
}
