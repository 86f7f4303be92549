import { DATE_LOCALES as LOCALES, quarterLabel, type Language, type QuarterKey } from '@kring/domain';
import { useLanguage } from './index';

type Labels<K extends string> = Record<K, Record<Language, string>>;

/**
 * A calendar day as the API sends it (a visit's or a look-back's date, "2026-10-25"). `new Date` reads it as
 * midnight UTC, which is the day before in a browser west of Greenwich; noon on the browser's own clock is that day.
 */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Shared domain labels (roles, kinds, …), select options and dates in the UI language. */
export function useLocale() {
  const [language] = useLanguage();
  const format = (iso: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(LOCALES[language], options).format(new Date(CALENDAR_DAY.test(iso) ? `${iso}T12:00:00` : iso));
  return {
    label: <K extends string>(labels: Labels<K>, key: K): string => labels[key][language],
    /** A label inside a sentence: "uitgenodigd als begeleider", not "als Begeleider". */
    inSentence: <K extends string>(labels: Labels<K>, key: K): string => labels[key][language].toLocaleLowerCase(LOCALES[language]),
    options: <K extends string>(keys: readonly K[], labels: Labels<K>) => keys.map((value) => ({ value, label: labels[value][language] })),
    /** A moment (ISO) or a calendar day (YYYY-MM-DD) as a date. */
    date: (iso: string) => format(iso, { dateStyle: 'long' }),
    dateTime: (iso: string) => format(iso, { dateStyle: 'long', timeStyle: 'short' }),
    /** A quarter key as the API sends it ("2026-Q1") in words: "K1 2026", "Q1 2026". */
    quarter: (key: string) => quarterLabel(key as QuarterKey)[language],
    /** "versie 1 en de start-kijkwijzer", "version 1 and the starting lens". */
    list: (items: readonly string[]) => new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items),
    /** "de organisatie of het lerend netwerk". */
    anyOf: (items: readonly string[]) => new Intl.ListFormat(LOCALES[language], { type: 'disjunction' }).format(items),
  };
}
