import { LocalizedText } from '../values/localized-text';

/**
 * How long raw material (declared in privacy/retention-rules.ts) is kept at
 * most: an organisation chooses the period; the hourly sweep purges what is
 * older. Harvests, approved reports, quotes with consent and the beelden in a
 * mirror report are not raw material and stay.
 */

/** The periods an organisation can choose from, in days. */
export const RETENTION_DAY_OPTIONS = [30, 90, 180, 365] as const;
export type RetentionDays = (typeof RETENTION_DAY_OPTIONS)[number];
export const DEFAULT_RETENTION_DAYS: RetentionDays = 90;

export const RETENTION_DAY_LABELS: Readonly<Record<RetentionDays, LocalizedText>> = {
  30: { nl: '1 maand', en: '1 month' },
  90: { nl: '3 maanden', en: '3 months' },
  180: { nl: '6 maanden', en: '6 months' },
  365: { nl: '1 jaar', en: '1 year' },
};
