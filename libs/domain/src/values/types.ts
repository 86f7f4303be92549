import { LocalizedText } from './localized-text';

/** The four layers of Tabel 5 in the 2023 research report (domain guide §3). */
export const FRAMEWORK_ITEM_KINDS = ['value', 'sub_value', 'factor', 'vulnerability'] as const;
export type FrameworkItemKind = (typeof FRAMEWORK_ITEM_KINDS)[number];

/**
 * Whose experience or action a value describes, so prompts are addressed to
 * the right person: values 1–3 the resident (and relatives), 4–5 carers and
 * entrepreneurs, 6 the setting.
 */
export const VALUE_CONCERNS = ['resident_and_relatives', 'carers_and_entrepreneurs', 'setting'] as const;
export type ValueConcern = (typeof VALUE_CONCERNS)[number];

export const CORE_VALUE_IDS = [
  'feeling_at_home', // thuis voelen
  'being_a_person', // mens-zijn
  'being_together', // samen-zijn
  'doing_what_is_needed', // doen wat nodig is
  'steering_together', // samen-sturen
  'ordinary_surroundings', // gewone omgeving
] as const;
export type CoreValueId = (typeof CORE_VALUE_IDS)[number];

/** Anything in the framework that a contribution, observation or finding can be tagged with. */
export interface FrameworkItem {
  readonly id: string;
  readonly kind: FrameworkItemKind;
  readonly name: LocalizedText;
  /** Paraphrased from the report's narrative (research notes §1.3). */
  readonly definition: LocalizedText;
  /** Open reflection questions, never yes/no compliance items. */
  readonly prompts: readonly LocalizedText[];
  readonly concerns: ValueConcern;
}

export interface CoreValue extends FrameworkItem {
  readonly id: CoreValueId;
  readonly kind: 'value';
  /** Position 1–6 in Tabel 5; order matters when walking the values in a session. */
  readonly position: number;
}

/** A sub-value, promoting factor or vulnerability, always under one core value. */
export interface ValueChild extends FrameworkItem {
  readonly kind: 'sub_value' | 'factor' | 'vulnerability';
  readonly valueId: CoreValueId;
}
