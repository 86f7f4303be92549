import { BSN_PATTERN, isValidBsn } from './bsn';
import { findAddresses } from './detect-addresses';
import { findBirthDates } from './detect-dates';
import { findPhones } from './detect-phones';
import { IdentifyingDetail, IdentifyingDetailKind } from './types';

export interface FindIdentifyingDetailsOptions {
  /**
   * Names to look for as whole words, case-insensitively: the organisation's
   * people and the resident pseudonym register's real names. Pass first names
   * and surnames separately as well as full names (see nameVariants).
   */
  readonly knownNames?: readonly string[] | NameMatcher;
  /** Dates after this year are not birth dates; defaults to today. */
  readonly referenceDate?: Date;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** When two findings overlap, the more specific kind wins. */
const PRIORITY: readonly IdentifyingDetailKind[] = ['email', 'bsn', 'date_of_birth', 'phone', 'postcode_house_number', 'name'];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findByPattern(
  text: string,
  pattern: RegExp,
  kind: IdentifyingDetailKind,
  accept: (match: string) => boolean = () => true,
): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (accept(m[0])) found.push({ kind, start, end: start + m[0].length, match: m[0] });
  }
  return found;
}

/** Known names, compiled once (see nameMatcher): the guard checks every text against the same list until it changes. */
export interface NameMatcher {
  /** Every occurrence of every name, whole-word and case-insensitive; overlaps are resolved by the caller. */
  find(text: string): IdentifyingDetail[];
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * Whole-word, case-insensitive: "Jan" matches "jan" and "Jan's", never
 * "Januari". One pattern per name (each name reports all its occurrences, as
 * the overlap rules expect), and one alternation of all of them that most
 * texts, which name nobody, fail at once: a text is scanned once instead of
 * once per name. Compile once per name list and reuse it (the content guard
 * keeps one per organisation and names version).
 */
export function nameMatcher(names: readonly string[]): NameMatcher {
  const unique = [...new Set(names.map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length >= 2))];
  if (unique.length === 0) return { find: () => [] };
  const bodies = unique.map((name) => name.split(' ').map(escapeRegExp).join('\\s+'));
  const patterns = bodies.map((body) => new RegExp(`${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`, 'giu'));
  const any = new RegExp(`${NOT_WORD_BEFORE}(?:${bodies.join('|')})${NOT_WORD_AFTER}`, 'iu');
  return {
    find: (text) =>
      any.test(text) ? patterns.flatMap((pattern) => findByPattern(text, pattern, 'name').map((found) => withSurname(text, found))) : [],
  };
}

/**
 * A known name followed, on the same line, by a capitalised word (after particles): most likely its surname
 * ("Fatima Yilmaz", "Jan van Dijk"), which the list may not know (a relative, a neighbour). The finding covers both,
 * so the screen marks and names the whole name, not only the part the list knew.
 */
function withSurname(text: string, found: IdentifyingDetail): IdentifyingDetail {
  const after = SURNAME_AFTER.exec(text.slice(found.end));
  if (!after) return found;
  const end = found.end + after[0].length;
  return { ...found, end, match: text.slice(found.start, end) };
}

function namesIn(text: string, known: FindIdentifyingDetailsOptions['knownNames']): IdentifyingDetail[] {
  if (!known) return [];
  return (Array.isArray(known) ? nameMatcher(known) : (known as NameMatcher)).find(text);
}

/** Keeps the highest-priority (then earliest, then longest) of overlapping findings. */
function withoutOverlaps(findings: IdentifyingDetail[]): IdentifyingDetail[] {
  const ranked = [...findings].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - a.end);
  const kept: IdentifyingDetail[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The identifying-details guard (domain guide §4, §8): finds names, BSNs,
 * birth dates, addresses, phone numbers and e-mail addresses in Dutch text,
 * sorted by position. It only warns; the author decides what to change.
 */
export function findIdentifyingDetails(text: string, options: FindIdentifyingDetailsOptions = {}): IdentifyingDetail[] {
  if (!text) return [];
  const referenceYear = (options.referenceDate ?? new Date()).getFullYear();
  return withoutOverlaps([
    ...findByPattern(text, EMAIL, 'email'),
    ...findByPattern(text, BSN_PATTERN, 'bsn', isValidBsn),
    ...findBirthDates(text, referenceYear),
    ...findPhones(text),
    ...findAddresses(text),
    ...namesIn(text, options.knownNames),
  ]);
}

const NAME_PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'in',
  "'t",
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'zu',
]);

const SURNAME_AFTER = new RegExp(
  `^(?:[ \\t]+(?:${[...NAME_PARTICLES].map(escapeRegExp).join('|')})){0,3}[ \\t]+\\p{Lu}[\\p{L}'’-]*${NOT_WORD_AFTER}`,
  'u',
);

/**
 * The forms a person's name appears in: "Jan de Vries" gives "Jan de Vries",
 * "Jan" and "de Vries". Particles never stand alone, so "de" is not a name.
 */
export function nameVariants(fullName: string): string[] {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const variants = [parts.join(' ')];
  if (parts.length > 1) {
    variants.push(parts[0]);
    const rest = parts.slice(1);
    if (!rest.every((p) => NAME_PARTICLES.has(p.toLowerCase()))) variants.push(rest.join(' '));
  }
  return [...new Set(variants)].filter((v) => v.length >= 2);
}
