import { IdentifyingDetail } from './types';

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** The months written in full (the others in MONTHS are abbreviations). */
const FULL_MONTHS = new Set(Object.keys(MONTHS).filter((name, i, names) => names.findIndex((n) => MONTHS[n] === MONTHS[name]) === i));
// Longest first, so "juni" is not read as "jun" + "i".
const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const NUMERIC_DATE = /(?<![\p{L}\p{N}])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}])/gu;
const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/gu;
const WORD_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${MONTH_ALTERNATION})\\.?(?:\\s+(\\d{4}|'\\d{2}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const BIRTH_YEAR = /(?<![\p{L}\p{N}])(?:geboren|geb\.)\s+(?:in\s+)?(\d{4})(?![\p{L}\p{N}])/giu;
/** Words right before a date that say it is a birth date. */
const BIRTH_CUE = /(?:geboren|geb\.|geboortedatum|verjaardag)(?:\s+(?:is|was))?\s*(?:op|:)?\s*(?:de\s+)?$/iu;

function isCalendarDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1;
}

function hasBirthCue(text: string, start: number): boolean {
  return BIRTH_CUE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Full dates (dd-mm-jjjj, dd/mm/jjjj, jjjj-mm-dd, 3 mei 1940) with a year a
 * living person can be born in, plus incomplete dates (no year, or '40) and a
 * bare year only when "geboren"/"geb." stands before them. We cannot tell a
 * birth date from another exact date; in a tiny home both can identify, so
 * the author is warned and decides.
 */
export function findBirthDates(text: string, referenceYear: number): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  const push = (start: number, match: string) => found.push({ kind: 'date_of_birth', start, end: start + match.length, match });
  // A date in the current year or later is an appointment or an event, never the birth date of someone Kring writes about.
  const plausibleYear = (year: number) => year >= 1900 && year < referenceYear;

  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [whole, d, , mo, y] = m;
    const start = m.index ?? 0;
    if (y.length === 4) {
      if (plausibleYear(Number(y)) && isCalendarDate(Number(d), Number(mo), Number(y))) push(start, whole);
    } else if (hasBirthCue(text, start) && isCalendarDate(Number(d), Number(mo), 2000)) push(start, whole);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const [whole, y, mo, d] = m;
    if (plausibleYear(Number(y)) && isCalendarDate(Number(d), Number(mo), Number(y))) push(m.index ?? 0, whole);
  }
  for (const m of text.matchAll(WORD_DATE)) {
    const [whole, d, monthName, y] = m;
    const start = m.index ?? 0;
    const month = MONTHS[monthName.toLowerCase()];
    if (y && y.length === 4) {
      if (plausibleYear(Number(y)) && isCalendarDate(Number(d), month, Number(y))) push(start, whole);
    } else if (hasBirthCue(text, start) && isCalendarDate(Number(d), month, 2000)) push(start, whole);
  }
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const year = m[1];
    if (plausibleYear(Number(year))) push((m.index ?? 0) + m[0].length - year.length, year);
  }
  return found;
}

/**
 * Every calendar day a text names, of any year or none ("3 november", "12-03-2026", "2026-11-03"): where a text leaves
 * its organisation for the network, a day can point at a visit or an event as well as a name can (anonymise). A
 * numeric day without a year ("3/11") is left alone: it reads as a fraction or a score as often as a day.
 */
export function findCalendarDays(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const push = (start: number, match: string) => found.push({ start, end: start + match.length });
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [whole, d, , mo, y] = m;
    if (isCalendarDate(Number(d), Number(mo), y.length === 4 ? Number(y) : 2000 + Number(y))) push(m.index ?? 0, whole);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const [whole, y, mo, d] = m;
    if (isCalendarDate(Number(d), Number(mo), Number(y))) push(m.index ?? 0, whole);
  }
  for (const m of text.matchAll(WORD_DATE)) {
    const [whole, d, monthName, y] = m;
    // Without a year: any day the month has in a leap year ("29 februari").
    const year = y && y.length === 4 ? Number(y) : 2000;
    // The dot after a month written in full ends the sentence ("op 3 november."); after "mrt." it is the month's.
    const day = !y && whole.endsWith('.') && FULL_MONTHS.has(monthName.toLowerCase()) ? whole.slice(0, -1) : whole;
    if (isCalendarDate(Number(d), MONTHS[monthName.toLowerCase()], year)) push(m.index ?? 0, day);
  }
  return found;
}
