/**
 * Tagging, not scoring (domain guide §3): a contribution is tagged with a
 * framework item and a direction. Where a level is wanted, recognisability is
 * used, never a number, so nothing can be totalled into a score.
 */
export const TAG_DIRECTIONS = ['visible_strength', 'under_pressure', 'open_question'] as const;
export type TagDirection = (typeof TAG_DIRECTIONS)[number];

export const TAG_DIRECTION_LABELS: Record<TagDirection, { nl: string; en: string }> = {
  visible_strength: { nl: 'Zichtbaar sterk', en: 'Visible strength' },
  under_pressure: { nl: 'Onder druk', en: 'Under pressure' },
  open_question: { nl: 'Vraag', en: 'Open question' },
};

export const RECOGNISABILITY_LEVELS = ['visible', 'partly_visible', 'not_yet_visible', 'not_discussed'] as const;
export type RecognisabilityLevel = (typeof RECOGNISABILITY_LEVELS)[number];

export const RECOGNISABILITY_LABELS: Record<RecognisabilityLevel, { nl: string; en: string }> = {
  visible: { nl: 'Zichtbaar', en: 'Visible' },
  partly_visible: { nl: 'Deels zichtbaar', en: 'Partly visible' },
  not_yet_visible: { nl: 'Nog niet zichtbaar', en: 'Not yet visible' },
  not_discussed: { nl: 'Niet besproken', en: 'Not discussed' },
};

export function isTagDirection(value: unknown): value is TagDirection {
  return typeof value === 'string' && (TAG_DIRECTIONS as readonly string[]).includes(value);
}

export function isRecognisabilityLevel(value: unknown): value is RecognisabilityLevel {
  return typeof value === 'string' && (RECOGNISABILITY_LEVELS as readonly string[]).includes(value);
}
