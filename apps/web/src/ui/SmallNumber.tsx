import { COMPLEMENT_COUNT_WHY, leftOutText, ownOrganisationsLeftOut, periodsLeftOutSentence, SUPPRESSED_COUNT_WHY } from '@kring/domain';
import { useLanguage } from '../i18n';
import type { HiddenNumber } from '../graphql/generated';
import { useLocalized } from '../i18n/localized';

/**
 * How every screen shows a count the API suppressed (a @SuppressedNumber
 * field answers null under MIN_GROUP_SIZE): "minder dan 5" / "fewer than 5",
 * or "verborgen" / "hidden" for a count hidden so that a total beside it does
 * not give a small one away (its `<name>Hidden` says complement): the rule's
 * own words from @kring/domain (the exports print the same), in every table,
 * list and sentence.
 */

/** The count as text, for sentences and labels: the number, or the rule's words when it was left out. */
export function useSmallNumber(): (count: number | null | undefined, hidden?: HiddenNumber | null) => string {
  const local = useLocalized();
  return (count, hidden) => (count === null || count === undefined ? local(leftOutText(hidden)) : String(count));
}

/** Why a count was hidden to protect another one: said under a table or sentence that has one, for readers without a hover. */
export function ComplementNote({ shown }: { shown: boolean }) {
  const local = useLocalized();
  return shown ? <p className="small-number-why muted">{local(COMPLEMENT_COUNT_WHY)}</p> : null;
}

/** Which of the reader's own organisations a network aggregate left out, and why, in the rule's words (own-share.ts). */
export function OwnOrganisationsNote({ names }: { names: readonly string[] }) {
  const local = useLocalized();
  const text = ownOrganisationsLeftOut(names);
  return text ? <p className="own-organisations-note muted">{local(text)}</p> : null;
}

/** Under a table of a visit harvest: how many quarters it left out, and why (harvestPeriods), as the exports say it. */
export function PeriodsLeftOut({ count }: { count: number }) {
  const [language] = useLanguage();
  const text = periodsLeftOutSentence(count, language);
  return text ? <p className="muted">{text}</p> : null;
}

/** The count in a table cell or list: a suppressed one says why on hover. */
export function SmallNumber({ count, hidden }: { count: number | null | undefined; hidden?: HiddenNumber | null }) {
  const local = useLocalized();
  const text = useSmallNumber();
  if (count !== null && count !== undefined) return <>{count}</>;
  return (
    <span className="small-number muted" title={local(hidden === 'complement' ? COMPLEMENT_COUNT_WHY : SUPPRESSED_COUNT_WHY)}>
      {text(count, hidden)}
    </span>
  );
}
