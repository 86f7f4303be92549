import { BVKZ_PRINCIPLES_LENS } from './bvkz-principles';
import { HERMENEUTIC_ATTITUDE_LENS } from './hermeneutic-attitude';
import { MENSPERSPECTIEF_LENS } from './mensperspectief-lens';
import { PRESENCE_LENS } from './presence';
import { QUALITY_OF_CARE_2_LENS } from './quality-of-care-2';
import { RVS_PRINCIPLES_LENS } from './rvs-principles';
import { Lens, LensItem } from './types';

/** The lenses a session can choose from, mensperspectief first as the common language. */
export const LENSES: readonly Lens[] = [
  MENSPERSPECTIEF_LENS,
  PRESENCE_LENS,
  QUALITY_OF_CARE_2_LENS,
  BVKZ_PRINCIPLES_LENS,
  RVS_PRINCIPLES_LENS,
  HERMENEUTIC_ATTITUDE_LENS,
];

export function findLens(id: string, lenses: readonly Lens[] = LENSES): Lens | undefined {
  return lenses.find((lens) => lens.id === id);
}

/** Finds a lens item by its id alone (ids are unique across the shipped lenses). */
export function findLensItem(itemId: string, lenses: readonly Lens[] = LENSES): { lens: Lens; item: LensItem } | undefined {
  for (const lens of lenses) {
    const item = lens.items.find((i) => i.id === itemId);
    if (item) return { lens, item };
  }
  return undefined;
}

export function lensItemIds(lenses: readonly Lens[] = LENSES): readonly string[] {
  return lenses.flatMap((lens) => lens.items.map((item) => item.id));
}
