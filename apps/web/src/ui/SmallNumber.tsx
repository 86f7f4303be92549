import { SUPPRESSED_COUNT_TEXT, SUPPRESSED_COUNT_WHY } from '@kring/domain';
import { useLocalized } from '../i18n/localized';

/**
 * How every screen shows a count the API suppressed (a @SuppressedNumber
 * field answers null under MIN_GROUP_SIZE): "minder dan 5" / "fewer than 5",
 * the rule's own text from @kring/domain (the exports print the same), in
 * every table, list and sentence.
 */

/** The count as text, for sentences and labels: the number, or "minder dan 5" when it was suppressed. */
export function useSmallNumber(): (count: number | null | undefined) => string {
  const local = useLocalized();
  return (count) => (count === null || count === undefined ? local(SUPPRESSED_COUNT_TEXT) : String(count));
}

/** The count in a table cell or list: a suppressed one says why on hover. */
export function SmallNumber({ count }: { count: number | null | undefined }) {
  const local = useLocalized();
  const text = useSmallNumber();
  if (count !== null && count !== undefined) return <>{count}</>;
  return (
    <span className="small-number muted" title={local(SUPPRESSED_COUNT_WHY)}>
      {text(count)}
    </span>
  );
}
