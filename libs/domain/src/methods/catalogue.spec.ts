import { CORE_VALUES } from '../values/core-values';
import { isCompleteText } from '../values/localized-text';
import { SHIPPED_METHODS, findMethod, methodDurationMinutes } from './catalogue';
import { PHASE_KIND_CATALOGUE } from './phase-kinds';
import { validateMethod } from './validate';

describe('shipped methods', () => {
  it('ships the six case methods of the guide and the listener reflection of a mirror conversation', () => {
    expect(SHIPPED_METHODS.map((m) => m.id)).toEqual([
      'presence_case_reflection',
      'values_reflection_at_home',
      'incident_method',
      'dilemma_method',
      'quality_of_care_2_pass',
      'images_of_quality',
      'listener_reflection',
    ]);
    expect(new Set(SHIPPED_METHODS.map((m) => m.id)).size).toBe(SHIPPED_METHODS.length);
  });

  it.each(SHIPPED_METHODS.map((m) => [m.id, m] as const))('%s is valid, version 1 and 60–90 minutes', (_id, method) => {
    expect(validateMethod(method)).toEqual([]);
    expect(method.version).toBe(1);
    expect(isCompleteText(method.name)).toBe(true);
    expect(isCompleteText(method.summary)).toBe(true);
    for (const phase of method.phases) expect(isCompleteText(phase.moderatorGuidance)).toBe(true);
    const minutes = methodDurationMinutes(method);
    expect(minutes).toBeGreaterThanOrEqual(60);
    expect(minutes).toBeLessThanOrEqual(90);
  });

  it('gives the listener reflection its own steps: what struck us, what we will try, when we tell the relatives', () => {
    expect(findMethod('listener_reflection')?.phases.map((p) => p.title.nl)).toEqual([
      'Wat we hoorden',
      'Wat raakte ons?',
      'Welke waarden horen we?',
      'Wat gaan we proberen?',
      'Wanneer vertellen we het de naasten?',
    ]);
  });

  it('ends every method with a harvest', () => {
    for (const m of SHIPPED_METHODS) expect(m.phases[m.phases.length - 1].kind).toBe('harvest');
  });

  it('marks the practice methods as practice and the others as sources', () => {
    expect(SHIPPED_METHODS.filter((m) => m.source === 'practice').map((m) => m.id)).toEqual(['incident_method', 'dilemma_method']);
  });

  it('walks the six values with their own prompts in "Zou je dat thuis ook doen?"', () => {
    const method = findMethod('values_reflection_at_home');
    const valuePhases = method?.phases.filter((p) => p.lensItemIds?.length === 1 && CORE_VALUES.some((v) => v.id === p.lensItemIds?.[0]));
    expect(valuePhases?.map((p) => p.title.nl)).toEqual(CORE_VALUES.map((v) => v.name.nl));
    expect(valuePhases?.[0].participantPrompt.nl).toContain('Zou je dat thuis ook doen?');
    expect(method?.phases.map((p) => p.kind)).toContain('tag_values');
  });

  it('follows the steps of the incident and dilemma methods', () => {
    expect(findMethod('incident_method')?.phases.map((p) => p.kind)).toEqual([
      'tell',
      'ask_questions',
      'tell',
      'contribute',
      'group',
      'tell',
      'harvest',
    ]);
    expect(findMethod('dilemma_method')?.phases.map((p) => p.kind)).toContain('weigh_options');
    expect(findMethod('quality_of_care_2_pass')?.phases.flatMap((p) => p.lensItemIds ?? [])).toEqual([
      'disease_oriented',
      'person_oriented',
      'delivery_oriented',
      'attitude_oriented',
    ]);
    expect(findMethod('nope')).toBeUndefined();
  });
});

describe('PHASE_KIND_CATALOGUE', () => {
  it('describes every phase kind in both languages with a sensible default timebox', () => {
    const kinds = Object.keys(PHASE_KIND_CATALOGUE);
    expect(kinds).toHaveLength(9);
    for (const block of Object.values(PHASE_KIND_CATALOGUE)) {
      expect(isCompleteText(block.label)).toBe(true);
      expect(isCompleteText(block.description)).toBe(true);
      expect(isCompleteText(block.defaultPrompt)).toBe(true);
      expect(isCompleteText(block.defaultModeratorGuidance)).toBe(true);
      expect(block.defaultMinutes).toBeGreaterThanOrEqual(1);
      expect(block.defaultMinutes).toBeLessThanOrEqual(120);
    }
    expect(new Set(Object.values(PHASE_KIND_CATALOGUE).map((b) => b.collects)).size).toBe(9);
  });
});
