import { LocalizedText } from '../values/localized-text';

/**
 * What a lens is for: most look at the care itself; the RVS principles look at
 * the quality of the reflection; the hermeneutic attitude is for moderators'
 * and visitors' self-reflection and never for judging participants.
 */
export const LENS_USES = ['care_practice', 'reflection_quality', 'self_reflection'] as const;
export type LensUse = (typeof LENS_USES)[number];

export interface LensItem {
  /** Unique across all shipped lenses, so a method phase can point at it by id alone. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** Open questions; never yes/no compliance items. */
  readonly prompts: readonly LocalizedText[];
}

export interface Lens {
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly use: LensUse;
  readonly source: LocalizedText;
  readonly items: readonly LensItem[];
}

export const LENS_USE_LABELS: Record<LensUse, LocalizedText> = {
  care_practice: { nl: 'Kijken naar de zorg', en: 'Looking at the care' },
  reflection_quality: { nl: 'Kijken naar de reflectie zelf', en: 'Looking at the reflection itself' },
  self_reflection: { nl: 'Zelfreflectie van gespreksleider of bezoeker', en: 'Self-reflection of moderator or visitor' },
};
