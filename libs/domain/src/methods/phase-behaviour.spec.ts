import { SHIPPED_METHODS, findMethod } from './catalogue';
import { copyMethod } from './copy';
import { HARVEST_FLOWS, OPEN_PHASE, PHASE_BEHAVIOUR_FIELDS, phaseBehaviour, phaseBoardIds } from './phase-behaviour';
import { phaseFromKind } from './phase-kinds';
import { isCompleteText } from '../values/localized-text';
import { phaseActions } from '../live-session/commands';
import { validateMethod } from './validate';

const FIELDS = Object.keys(PHASE_BEHAVIOUR_FIELDS).sort();
const SHIPPED_PHASES = SHIPPED_METHODS.flatMap((m) => m.phases.map((p, index) => [`${m.id} › ${p.id}`, m, index] as const));

describe('phase behaviour as method data', () => {
  it('describes every field in both languages (the builder and the room show these)', () => {
    expect(FIELDS).toEqual(Object.keys(OPEN_PHASE).sort());
    for (const field of Object.values(PHASE_BEHAVIOUR_FIELDS)) {
      expect(isCompleteText(field.label)).toBe(true);
      expect(isCompleteText(field.description)).toBe(true);
    }
  });

  // Generated over every shipped phase and every field: a new phase or a new field that forgets to declare fails here.
  it.each(SHIPPED_PHASES)('%s declares each behaviour field', (_name, method, index) => {
    const behaviour = method.phases[index].behaviour;
    expect(behaviour).toBeDefined();
    expect(Object.keys(behaviour ?? {}).sort()).toEqual(FIELDS);
    expect(HARVEST_FLOWS).toContain(behaviour?.harvestFlow);
    // Only earlier phases, so a phase never works with what has not been written yet.
    const earlier = method.phases.slice(0, index).map((p) => p.id);
    for (const id of behaviour?.worksWith ?? []) expect(earlier).toContain(id);
  });

  it('lets every shipped method gather something into its harvest', () => {
    for (const method of SHIPPED_METHODS) {
      expect(method.phases.some((p) => p.behaviour?.harvestFlow !== 'none')).toBe(true);
    }
  });

  it('follows the incidentmethode: write alone first, compare with hidden dots and values, lessons into the harvest', () => {
    const method = findMethod('incident_method')!;
    const of = (id: string) =>
      phaseBehaviour(
        method.phases,
        method.phases.findIndex((p) => p.id === id),
      );
    expect(method.phases.find((p) => p.id === 'what_would_you_do')?.moderatorGuidance.nl).toContain('Iedereen schrijft eerst zelf');
    expect(of('what_would_you_do').privateUntilReveal).toBe(true);
    expect(method.phases.find((p) => p.id === 'compare')?.participantPrompt.nl).toContain('welke waarden zitten erachter');
    expect(of('compare')).toMatchObject({ valueTagging: true, votesHiddenUntilClose: true, worksWith: ['what_would_you_do'] });
    expect(of('lessons').harvestFlow).toBe('insights');
    const compare = method.phases.findIndex((p) => p.id === 'compare');
    expect(phaseActions(method.phases, compare)).toEqual(['group', 'vote', 'tag']);
    expect(phaseBoardIds(method.phases, compare)).toEqual(['compare', 'what_would_you_do']);
  });

  it('keeps a phase-2 entry off a later voting board unless the method names the phase', () => {
    const method = findMethod('dilemma_method')!;
    const weighing = method.phases.findIndex((p) => p.id === 'own_weighing');
    expect(phaseBoardIds(method.phases, weighing)).not.toContain('dilemma');
    expect(phaseBoardIds(method.phases, weighing)).toContain('alternatives');
  });

  it('gives a builder block its kind’s defaults and keeps the behaviour in a copy', () => {
    expect(phaseFromKind('tag_values', 'x').behaviour).toMatchObject({ valueTagging: true, harvestFlow: 'none' });
    expect(phaseFromKind('harvest', 'y').behaviour).toMatchObject({ valueTagging: false, harvestFlow: 'insights' });
    const original = findMethod('incident_method')!;
    const copy = copyMethod(original, 'mine');
    expect(copy.phases.map((p) => p.behaviour)).toEqual(original.phases.map((p) => p.behaviour));
    expect(copy.phases[4].behaviour?.worksWith).not.toBe(original.phases[4].behaviour?.worksWith);
  });

  it('reads a method saved before behaviour existed as the room used to work', () => {
    const old = findMethod('incident_method')!.phases.map(({ behaviour: _dropped, ...phase }) => phase);
    const compare = old.findIndex((p) => p.id === 'compare');
    expect(phaseBehaviour(old, compare)).toMatchObject({ privateUntilReveal: false, valueTagging: false, harvestFlow: 'none' });
    // Contributions and options of earlier phases, not the told story or the questions.
    expect(phaseBehaviour(old, compare).worksWith).toEqual(['what_would_you_do']);
    expect(
      phaseActions(
        old,
        old.findIndex((p) => p.kind === 'harvest'),
      ),
    ).toEqual(['contribute']);
  });

  it('refuses a behaviour that names a later or unknown phase, or is incomplete', () => {
    const method = findMethod('incident_method')!;
    const phases = method.phases.map((p, i) => (i === 1 ? { ...p, behaviour: { ...OPEN_PHASE, worksWith: ['lessons'] } } : p));
    expect(validateMethod({ ...method, phases }).map((p) => p.code)).toEqual(['WORKS_WITH_NOT_EARLIER']);
    const broken = method.phases.map((p, i) => (i === 1 ? { ...p, behaviour: { privateUntilReveal: 'yes' } as never } : p));
    expect(validateMethod({ ...method, phases: broken }).map((p) => p.code)).toEqual(['INVALID_BEHAVIOUR']);
  });
});
