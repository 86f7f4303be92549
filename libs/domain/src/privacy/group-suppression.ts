import { LocalizedText } from '../values/localized-text';
import { MIN_GROUP_SIZE, SUPPRESSED_COUNT_TEXT } from './suppression';

/**
 * Complementary (secondary) suppression: the small-number rule for a group of
 * counts shown next to their total — sessions per method and the sessions
 * held. Hiding only the part under 5 is not enough there: total minus the
 * parts still shown gives it back. So when a part is hidden, another part is
 * hidden with it (or the total), chosen so that the subtraction tells a reader
 * nothing more than "minder dan 5" already did.
 *
 * What a reader can know, and what the check below assumes they know: the
 * total, every part still shown, that a part marked "minder dan 5" is 0–4
 * (1–4 where a list has no empty rows), that a part marked "verborgen" is at
 * least 5 (else it would say "minder dan 5") and at most the smallest part
 * still shown (the rule hides the smallest first, and this code is public).
 */

/** How one count of a group is shown: as it is, "minder dan 5", or "verborgen" to protect another count. */
export type GroupCellHiding = 'shown' | 'fewer' | 'complement';

export interface GroupHiding {
  readonly parts: readonly GroupCellHiding[];
  readonly total: GroupCellHiding;
}

/** How every screen and export says a count hidden to protect another one: the rule's own words, beside SUPPRESSED_COUNT_TEXT. */
export const COMPLEMENT_COUNT_TEXT: LocalizedText = { nl: 'verborgen', en: 'hidden' };

/** Why such a count is hidden: for a hover or a note beside it. */
export const COMPLEMENT_COUNT_WHY: LocalizedText = {
  nl: `Verborgen omdat het totaal erbij staat: anders kun je een aantal onder de ${MIN_GROUP_SIZE} uitrekenen door het totaal min de andere aantallen.`,
  en: `Hidden because the total is shown: otherwise a count below ${MIN_GROUP_SIZE} could be worked out as the total minus the other counts.`,
};

/**
 * How a page or export that shows counts explains both kinds of hidden count up front, in the rule's own words (so the
 * introduction cannot say "minder dan 5" while the table says "verborgen" without a word about it).
 */
export const HIDDEN_COUNTS_EXPLAINED: LocalizedText = {
  nl: `Aantallen kleiner dan ${MIN_GROUP_SIZE} staan er als "${SUPPRESSED_COUNT_TEXT.nl}", zodat ze niet naar mensen of huizen wijzen; een aantal waarmee je zo'n klein aantal zou kunnen uitrekenen, staat er als "${COMPLEMENT_COUNT_TEXT.nl}".`,
  en: `Counts below ${MIN_GROUP_SIZE} are shown as "${SUPPRESSED_COUNT_TEXT.en}", so they do not point at people or homes; a count from which such a small count could be worked out is shown as "${COMPLEMENT_COUNT_TEXT.en}".`,
};

/** The words for a count left out: "minder dan 5", or "verborgen" when it was hidden to protect another count. */
export function leftOutText(hidden: GroupCellHiding | null | undefined): LocalizedText {
  return hidden === 'complement' ? COMPLEMENT_COUNT_TEXT : SUPPRESSED_COUNT_TEXT;
}

/**
 * Which counts of a group to hide. `parts` are the counts that add up to
 * `total`; null is a count already hidden before it got here (its value is
 * unknown, so only hiding the total keeps it hidden). Every count under 5 is
 * "fewer" (zero included, as shownCount); when the total is shown and a part
 * is hidden, the smallest other part is hidden with it when that alone
 * protects every hidden part, else the total is hidden instead: one more
 * hidden count either way, never a cascade through the table.
 */
export function hideInGroup(parts: readonly (number | null)[], total: number | null): GroupHiding {
  const fewer = (count: number | null): boolean => count === null || count < MIN_GROUP_SIZE;
  const primary: GroupCellHiding[] = parts.map((p) => (fewer(p) ? 'fewer' : 'shown'));
  if (fewer(total)) return { parts: primary, total: 'fewer' };
  if (!primary.includes('fewer')) return { parts: primary, total: 'shown' };
  const known = parts.every((p): p is number => p !== null);
  const smallest = smallestShown(parts, primary);
  if (known && smallest !== undefined) {
    const withComplement = primary.map((h, i): GroupCellHiding => (i === smallest ? 'complement' : h));
    if (subtractionTellsNothing(parts, withComplement, total as number)) return { parts: withComplement, total: 'shown' };
  }
  return { parts: primary, total: 'complement' };
}

/** The position of the smallest part still shown (the first of equals), if any. */
function smallestShown(parts: readonly (number | null)[], hiding: readonly GroupCellHiding[]): number | undefined {
  let best: number | undefined;
  parts.forEach((p, i) => {
    if (hiding[i] === 'shown' && (best === undefined || (p as number) < (parts[best] as number))) best = i;
  });
  return best;
}

/**
 * Whether total minus the shown parts leaves every "fewer" part anywhere in
 * 0–4 for a reader who knows what the comment at the top says: the other
 * hidden parts must be able to absorb both 0 and 4 of it.
 */
function subtractionTellsNothing(parts: readonly number[], hiding: readonly GroupCellHiding[], total: number): boolean {
  const shownParts = parts.filter((_, i) => hiding[i] === 'shown');
  const hidden = total - shownParts.reduce((sum, p) => sum + p, 0);
  // A hidden complement is at most the smallest part still shown; with none left, at most the total.
  const complementMax = shownParts.length ? Math.min(...shownParts) : total;
  const bounds = hiding.map((h) =>
    h === 'fewer' ? { min: 1, max: MIN_GROUP_SIZE - 1 } : h === 'complement' ? { min: MIN_GROUP_SIZE, max: complementMax } : null,
  );
  return hiding.every((h, i) => {
    if (h !== 'fewer') return true;
    const others = bounds.filter((b, j): b is { min: number; max: number } => b !== null && j !== i);
    const highest = hidden - others.reduce((sum, b) => sum + b.min, 0);
    const lowest = hidden - others.reduce((sum, b) => sum + b.max, 0);
    return highest >= MIN_GROUP_SIZE - 1 && lowest <= 0;
  });
}
