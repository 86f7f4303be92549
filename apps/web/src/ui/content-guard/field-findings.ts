import { createContext, useContext } from 'react';
import type { Finding } from './highlight';

/**
 * What the identifying-details guard found, by the name of the text box it was found in. A guarded form (the case
 * and story editors) provides it; the shared text boxes (TextField, TextAreaField) read it by their `name` and say
 * beside themselves what was found there, so the message stands next to the control that caused it and not only
 * in the guard's panel by the button, a long way down on a phone.
 */
export const FieldFindingsContext = createContext<Readonly<Record<string, readonly Finding[]>>>({});

/** The findings in the text box with this name (none outside a guarded form). */
export function useFieldFindings(name: string | undefined): readonly Finding[] {
  const all = useContext(FieldFindingsContext);
  return (name && all[name]) || NONE;
}

const NONE: readonly Finding[] = [];

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
