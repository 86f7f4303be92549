/**
 * A document as a list of plain blocks, in the reader's language: the
 * Markdown and PDF exports both render this one outline, so they always say
 * the same. Every report in Kring (session report, mirror report, quality
 * report, network year) is built as an outline.
 */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; label: string; value: string }
  | { kind: 'note'; text: string }
  /** Running text: the body of a narrative. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  /** Someone else's words set apart: a quote, a prompt, a reflection. */
  | { kind: 'prompt'; text: string }
  | { kind: 'item'; text: string; detail?: string };
