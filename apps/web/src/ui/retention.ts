import { purgedOnEventSentence, retentionSentence, type RetentionEvent, type RetentionKind } from '@kring/domain';
import { useLanguage } from '../i18n';

/**
 * The sentences about how long Kring keeps what is typed, shown beside the
 * box: generated from the retention rules the purge carries out
 * (@kring/domain privacy/retention-rules), so the words cannot promise
 * something the purge does not do.
 */
export function useRetentionSentence(kind: RetentionKind): string {
  const [language] = useLanguage();
  return retentionSentence(kind, language);
}

/** Before a moment that purges: what goes with it. */
export function usePurgedOnEvent(event: RetentionEvent): string {
  const [language] = useLanguage();
  return purgedOnEventSentence(event, language);
}

/** A hint and the retention sentence as one hint, for fields that had a hint already. */
export const withRetention = (hint: string | undefined, sentence: string): string => (hint ? `${hint} ${sentence}` : sentence);
