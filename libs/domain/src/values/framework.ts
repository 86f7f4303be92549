import { CORE_VALUES } from './core-values';
import { FACTORS } from './factors';
import { GUIDING_QUESTIONS } from './guiding-questions';
import { LocalizedText } from './localized-text';
import { SUB_VALUES } from './sub-values';
import { CoreValue, CoreValueId, FrameworkItem, FrameworkItemKind, ValueChild } from './types';
import { VULNERABILITIES } from './vulnerabilities';

export interface ValuesFramework {
  readonly id: string;
  /** Bumped when items or wording change; stored tags keep the version they were made with. */
  readonly version: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly source: LocalizedText;
  readonly values: readonly CoreValue[];
  readonly subValues: readonly ValueChild[];
  readonly factors: readonly ValueChild[];
  readonly vulnerabilities: readonly ValueChild[];
  readonly guidingQuestions: readonly LocalizedText[];
}

/** The common language of all three activities (domain guide §3). */
export const MENSPERSPECTIEF: ValuesFramework = {
  id: 'mensperspectief',
  version: '2023.1',
  name: { nl: 'Mensperspectief', en: 'Person perspective' },
  description: {
    nl: 'De mens met een zorgvraag in zijn eigen context, waarin relaties voorop staan: zich thuis voelen waar aandacht is voor het mens-zijn en samen-zijn, en zorgverleners die doen wat nodig is en samen-sturen binnen een gewone omgeving.',
    en: 'The person with a care need in their own context, with relationships first: feeling at home with attention to being a person and being together, and carers who do what is needed and steer together in ordinary surroundings.',
  },
  source: {
    nl: 'Onderzoek kleinschalige zorg (BVKZ, 2023), tabel 5',
    en: 'Small-scale care research report (BVKZ, 2023), table 5',
  },
  values: CORE_VALUES,
  subValues: SUB_VALUES,
  factors: FACTORS,
  vulnerabilities: VULNERABILITIES,
  guidingQuestions: GUIDING_QUESTIONS,
};

/** Every item in Tabel 5 order: each value followed by its sub-values, factors and vulnerabilities. */
export function frameworkItems(framework: ValuesFramework = MENSPERSPECTIEF): readonly FrameworkItem[] {
  return framework.values.flatMap((value) => [value, ...childrenOfValue(value.id, framework)]);
}

export function childrenOfValue(valueId: CoreValueId, framework: ValuesFramework = MENSPERSPECTIEF): readonly ValueChild[] {
  return [...framework.subValues, ...framework.factors, ...framework.vulnerabilities].filter((c) => c.valueId === valueId);
}

/** Ids a contribution, observation or finding may be tagged with. */
export function taggableIds(framework: ValuesFramework = MENSPERSPECTIEF): readonly string[] {
  return frameworkItems(framework).map((item) => item.id);
}

export function findFrameworkItem(id: string, framework: ValuesFramework = MENSPERSPECTIEF): FrameworkItem | undefined {
  return frameworkItems(framework).find((item) => item.id === id);
}

export function isTaggableId(id: unknown, framework: ValuesFramework = MENSPERSPECTIEF): id is string {
  return typeof id === 'string' && findFrameworkItem(id, framework) !== undefined;
}

/** The core value an item belongs to (itself for a core value). */
export function coreValueOf(id: string, framework: ValuesFramework = MENSPERSPECTIEF): CoreValue | undefined {
  const item = findFrameworkItem(id, framework);
  if (!item) return undefined;
  const valueId = isValueChild(item) ? item.valueId : item.id;
  return framework.values.find((v) => v.id === valueId);
}

export function isValueChild(item: FrameworkItem): item is ValueChild {
  return item.kind !== 'value';
}

export const FRAMEWORK_ITEM_KIND_LABELS: Record<FrameworkItemKind, { nl: string; en: string }> = {
  value: { nl: 'Kernwaarde', en: 'Core value' },
  sub_value: { nl: 'Subwaarde', en: 'Sub-value' },
  factor: { nl: 'Bevorderende factor', en: 'Promoting factor' },
  vulnerability: { nl: 'Kwetsbaarheid', en: 'Vulnerability' },
};
