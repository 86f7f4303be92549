import { DATE_LOCALES } from '../time/netherlands-time';
import { Language } from './language';

/**
 * A number as the reader writes it: "20.000" in Dutch, "20,000" in English. Groups start at five digits
 * ('min2'), so a year or a four-digit count stays "2026", as both languages write it.
 */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(DATE_LOCALES[language], { useGrouping: 'min2' }).format(value);
}
