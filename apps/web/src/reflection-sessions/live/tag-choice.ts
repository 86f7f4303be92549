import type { TagDirection } from '@kring/domain';

/** What the value picker of one entry holds while someone chooses: the value, the direction and the search. */
export interface TagChoice {
  itemId: string;
  direction: TagDirection;
  query: string;
  /** "Kies een waarde" stands beside the list: the tag was asked for without a value. */
  missing: boolean;
}

export const NO_TAG_CHOICE: TagChoice = { itemId: '', direction: 'visible_strength', query: '', missing: false };

/** A value is chosen: it is shown as chosen, and "Kies een waarde" goes, since the value is there now. */
export function chooseValue(choice: TagChoice, itemId: string): TagChoice {
  return { ...choice, itemId, missing: false };
}

/**
 * "Waarde toevoegen": without a value the picker says so and keeps what was chosen; with one it gives the tag to send
 * and starts afresh (the picker folds away, and the tag shows on the entry).
 */
export function submitTag(choice: TagChoice): { next: TagChoice; tag?: { itemId: string; direction: TagDirection } } {
  if (!choice.itemId) return { next: { ...choice, missing: true } };
  return { next: NO_TAG_CHOICE, tag: { itemId: choice.itemId, direction: choice.direction } };
}
