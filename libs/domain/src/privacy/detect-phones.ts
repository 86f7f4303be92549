import { IdentifyingDetail } from './types';

/** Where a Dutch number can start: 0, +31 or 0031 (maybe after "("), not inside a word or a longer number. */
const PHONE_START = /(?<![\p{L}\p{N}+(])\(?(?:\+31|0031|0)/gu;
const SEPARATOR = /[ \t\u00a0\-.()/]/;
const MAX_SEPARATOR_RUN = 3;

/**
 * Walks digits and separators from a start until the national number has 10
 * digits (06-12345678, 06 1234 5678, +31 6 12345678, +31 (0)20 123 4567,
 * 020-1234567, 0031 …). A number that keeps going straight on is something else.
 */
function phoneEndingAt(text: string, start: number, matched: string): number | null {
  let i = start + matched.length;
  const prefix = matched.replace('(', '');
  let national = '0';
  if (prefix !== '0') {
    while (i < text.length && text[i] === ' ') i++;
    if (text.startsWith('(0)', i)) i += 3;
  }
  let end = -1;
  let separators = 0;
  while (i < text.length && national.length < 10) {
    const ch = text[i];
    if (ch >= '0' && ch <= '9') {
      national += ch;
      separators = 0;
      end = ++i;
    } else if (SEPARATOR.test(ch) && separators < MAX_SEPARATOR_RUN) {
      separators++;
      i++;
    } else break;
  }
  if (national.length !== 10 || national[1] === '0') return null;
  const next = text[end];
  if (next !== undefined && next >= '0' && next <= '9') return null;
  return end;
}

export function findPhones(text: string): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const m of text.matchAll(PHONE_START)) {
    const start = m.index ?? 0;
    const end = phoneEndingAt(text, start, m[0]);
    if (end !== null) found.push({ kind: 'phone', start, end, match: text.slice(start, end) });
  }
  return found;
}
