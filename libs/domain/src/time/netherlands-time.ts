import { Language } from '../i18n/language';

/**
 * Kring's people read dates off the calendar on the wall in the Netherlands, so every
 * date that a person sees or that a rule counts by (consent, "today", report years) is
 * taken in this one time zone — in TypeScript and, through the same constant, in SQL.
 */
export const NETHERLANDS_TIME_ZONE = 'Europe/Amsterdam';

/** The locale used to write dates in each language. */
export const DATE_LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Today's date in the Netherlands as YYYY-MM-DD: consent is dated by the calendar on the wall, not by UTC. */
export function todayInNetherlands(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: NETHERLANDS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** The current year in the Netherlands (a report year turns at midnight in Amsterdam, not in UTC). */
export function yearInNetherlands(now: Date = new Date()): number {
  return Number(todayInNetherlands(now).slice(0, 4));
}

/** A date (and optionally the time) as a person in the Netherlands reads it, e.g. "3 maart 2026". */
export function formatDutchTime(
  date: Date,
  language: Language,
  style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>,
): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone: NETHERLANDS_TIME_ZONE, ...style }).format(date);
}

/** A calendar day (YYYY-MM-DD) written out; noon UTC is the same day in Amsterdam all year. */
export function formatDutchDay(day: string, language: Language): string {
  return formatDutchTime(new Date(`${day}T12:00:00Z`), language, { dateStyle: 'long' });
}
