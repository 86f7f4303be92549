import { MIN_GROUP_SIZE } from '@kring/domain';
import { useTranslation } from 'react-i18next';

/**
 * How every screen shows a count the API suppressed (a @SuppressedNumber
 * field answers null under MIN_GROUP_SIZE): "minder dan 5" / "fewer than 5",
 * from the rule's own constant, the same words in every table, list and sentence.
 */

/** The count as text, for sentences and labels: the number, or "minder dan 5" when it was suppressed. */
export function useSmallNumber(): (count: number | null | undefined) => string {
  const { t } = useTranslation();
  return (count) => (count === null || count === undefined ? t('smallNumber.fewer', { min: MIN_GROUP_SIZE }) : String(count));
}

/** The count in a table cell or list: a suppressed one says why on hover and to screen readers' description. */
export function SmallNumber({ count }: { count: number | null | undefined }) {
  const { t } = useTranslation();
  const text = useSmallNumber();
  if (count !== null && count !== undefined) return <>{count}</>;
  return (
    <span className="small-number muted" title={t('smallNumber.why', { min: MIN_GROUP_SIZE })}>
      {text(count)}
    </span>
  );
}
