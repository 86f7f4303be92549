/** A finding as the guard reports it: `text.slice(start, end) === match`. */
export interface Finding {
  kind: string;
  start: number;
  end: number;
  match: string;
  label: string;
}

export interface Segment {
  text: string;
  /** Set on the parts of the text the guard found; plain text has none. */
  finding?: Finding;
}

/**
 * Cuts a text into plain parts and found parts, in order, so a preview can
 * mark the found ones. Findings that do not fit the text (it changed since the
 * check) or overlap an earlier one are left out rather than marking the wrong words.
 */
export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const result: Segment[] = [];
  let cursor = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor || text.slice(finding.start, finding.end) !== finding.match) continue;
    if (finding.start > cursor) result.push({ text: text.slice(cursor, finding.start) });
    result.push({ text: finding.match, finding });
    cursor = finding.end;
  }
  if (cursor < text.length) result.push({ text: text.slice(cursor) });
  return result;
}

/** Identifies a set of findings, so a confirmation holds only for the findings the author saw. */
export function findingsKey(findings: Readonly<Record<string, readonly Finding[]>>): string {
  return Object.keys(findings)
    .sort()
    .flatMap((field) => findings[field].map((f) => `${field}:${f.start}:${f.kind}:${f.match}`))
    .join('|');
}
