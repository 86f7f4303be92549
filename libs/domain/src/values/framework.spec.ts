import { CORE_VALUE_IDS, FRAMEWORK_ITEM_KINDS } from './types';
import { isCompleteText } from './localized-text';
import {
  MENSPERSPECTIEF,
  childrenOfValue,
  coreValueOf,
  findFrameworkItem,
  frameworkItems,
  isTaggableId,
  taggableIds,
  FRAMEWORK_ITEM_KIND_LABELS,
} from './framework';
import { VALUE_CONCERN_LABELS } from './core-values';

describe('mensperspectief framework', () => {
  it('has exactly 6 values, 14 sub-values, 21 factors and 8 vulnerabilities', () => {
    expect(MENSPERSPECTIEF.values).toHaveLength(6);
    expect(MENSPERSPECTIEF.subValues).toHaveLength(14);
    expect(MENSPERSPECTIEF.factors).toHaveLength(21);
    expect(MENSPERSPECTIEF.vulnerabilities).toHaveLength(8);
    expect(taggableIds()).toHaveLength(49);
  });

  it('is versioned', () => {
    expect(MENSPERSPECTIEF.version).toBe('2023.1');
  });

  it('uses unique snake_case ids', () => {
    const ids = taggableIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('keeps the values in Tabel 5 order', () => {
    expect(MENSPERSPECTIEF.values.map((v) => v.id)).toEqual([...CORE_VALUE_IDS]);
    expect(MENSPERSPECTIEF.values.map((v) => v.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(MENSPERSPECTIEF.values.map((v) => v.name.nl)).toEqual([
      'Thuis voelen',
      'Mens-zijn',
      'Samen-zijn',
      'Doen wat nodig is',
      'Samen-sturen',
      'Gewone omgeving',
    ]);
  });

  it('gives every item Dutch and English name, definition and at least one prompt', () => {
    for (const item of frameworkItems()) {
      expect(isCompleteText(item.name)).toBe(true);
      expect(isCompleteText(item.definition)).toBe(true);
      expect(item.prompts.length).toBeGreaterThan(0);
      for (const prompt of item.prompts) expect(isCompleteText(prompt)).toBe(true);
    }
    for (const q of MENSPERSPECTIEF.guidingQuestions) expect(isCompleteText(q)).toBe(true);
    for (const kind of FRAMEWORK_ITEM_KINDS) expect(isCompleteText(FRAMEWORK_ITEM_KIND_LABELS[kind])).toBe(true);
  });

  it('addresses values 1–3 to residents, 4–5 to carers and 6 to the setting, and children inherit it', () => {
    expect(MENSPERSPECTIEF.values.map((v) => v.concerns)).toEqual([
      'resident_and_relatives',
      'resident_and_relatives',
      'resident_and_relatives',
      'carers_and_entrepreneurs',
      'carers_and_entrepreneurs',
      'setting',
    ]);
    for (const item of frameworkItems()) expect(item.concerns).toBe(coreValueOf(item.id)?.concerns);
    expect(VALUE_CONCERN_LABELS.setting.nl).toBe('De omgeving');
  });

  it('matches the per-value counts of the table', () => {
    const count = (id: (typeof CORE_VALUE_IDS)[number], kind: string) => childrenOfValue(id).filter((c) => c.kind === kind).length;
    expect(CORE_VALUE_IDS.map((id) => count(id, 'sub_value'))).toEqual([2, 2, 2, 2, 4, 2]);
    expect(CORE_VALUE_IDS.map((id) => count(id, 'factor'))).toEqual([2, 4, 3, 4, 5, 3]);
    expect(CORE_VALUE_IDS.map((id) => count(id, 'vulnerability'))).toEqual([1, 1, 1, 1, 4, 0]);
  });

  it('finds items by id and knows their value', () => {
    expect(findFrameworkItem('informal_care')?.name.nl).toBe('Ongedwongen zorg');
    expect(findFrameworkItem('new_internal_systems')?.kind).toBe('vulnerability');
    expect(coreValueOf('new_internal_systems')?.id).toBe('feeling_at_home');
    expect(coreValueOf('steering_together')?.id).toBe('steering_together');
    expect(findFrameworkItem('nope')).toBeUndefined();
    expect(coreValueOf('nope')).toBeUndefined();
    expect(isTaggableId('job_satisfaction')).toBe(true);
    expect(isTaggableId('score')).toBe(false);
    expect(isTaggableId(42)).toBe(false);
  });

  it('ships the source prompt "Zou je dat thuis ook doen?"', () => {
    expect(findFrameworkItem('feeling_at_home')?.prompts[0].nl).toBe('Zou je dat thuis ook doen? En waarom zou je het hier anders doen?');
  });
});
