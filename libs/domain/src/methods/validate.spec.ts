import { PRESENCE_CASE_REFLECTION } from './shipped/presence-case-reflection';
import { DILEMMA_METHOD } from './shipped/dilemma-method';
import { phaseFromKind } from './phase-kinds';
import { copyMethod } from './copy';
import { Method, MethodPhase, PHASE_KINDS } from './types';
import { behaviourOutsideKind, METHOD_LIMITS, validateMethod } from './validate';
import { OPEN_PHASE } from './phase-behaviour';
import { SHIPPED_METHODS } from './catalogue';

const base: Method = {
  id: 'custom',
  version: 1,
  name: { nl: 'Eigen werkvorm', en: 'Own method' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  source: 'practice',
  phases: [phaseFromKind('tell', 'story'), phaseFromKind('harvest', 'harvest')],
};
const withPhases = (phases: MethodPhase[]): Method => ({ ...base, phases });
const codes = (m: Method) => validateMethod(m).map((p) => p.code);

describe('validateMethod', () => {
  it('accepts a method built from catalogue blocks', () => {
    expect(validateMethod(base)).toEqual([]);
    expect(validateMethod(withPhases(PHASE_KINDS.map((k, i) => phaseFromKind(k, `p${i}`))))).toEqual([]);
  });

  it('reports a method without phases', () => {
    expect(codes(withPhases([]))).toEqual(['NO_PHASES']);
    expect(validateMethod(withPhases([]))[0].message.nl).toBe('De werkvorm heeft nog geen fasen.');
  });

  it('reports duplicate phase ids with the phase', () => {
    const problems = validateMethod(withPhases([phaseFromKind('tell', 'a'), phaseFromKind('contribute', 'a')]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DUPLICATE_PHASE_ID', phaseId: 'a' });
    expect(problems[0].message.en).toContain('"a"');
  });

  it.each([0, -5, 121, 2.5, Number.NaN])('reports a timebox of %p minutes', (minutes) => {
    expect(codes(withPhases([{ ...phaseFromKind('tell', 'a'), defaultMinutes: minutes }]))).toEqual(['TIMEBOX_OUT_OF_RANGE']);
  });

  it('accepts the timebox bounds 1 and 120', () => {
    expect(codes(withPhases([{ ...phaseFromKind('tell', 'a'), defaultMinutes: METHOD_LIMITS.minPhaseMinutes }]))).toEqual([]);
    expect(codes(withPhases([{ ...phaseFromKind('tell', 'a'), defaultMinutes: METHOD_LIMITS.maxPhaseMinutes }]))).toEqual([]);
  });

  it('reports empty prompts and titles in either language', () => {
    const phase = phaseFromKind('contribute', 'a');
    expect(codes(withPhases([{ ...phase, participantPrompt: { nl: '  ', en: 'Prompt' } }]))).toEqual(['EMPTY_PROMPT']);
    expect(codes(withPhases([{ ...phase, participantPrompt: { nl: 'Vraag', en: '' } }]))).toEqual(['EMPTY_PROMPT']);
    expect(codes(withPhases([{ ...phase, title: { nl: '', en: '' } }]))).toEqual(['EMPTY_TITLE']);
  });

  it('reports more than 20 phases', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ ...phaseFromKind('contribute', `p${i}`), defaultMinutes: 1 }));
    expect(codes(withPhases(many))).toEqual(['TOO_MANY_PHASES']);
    expect(codes(withPhases(many.slice(0, 20)))).toEqual([]);
  });

  it('reports unknown kinds, lens items, ids and names', () => {
    const odd = { ...phaseFromKind('tell', 'a'), kind: 'score' } as unknown as MethodPhase;
    expect(codes(withPhases([odd]))).toEqual(['UNKNOWN_PHASE_KIND']);
    expect(codes(withPhases([{ ...phaseFromKind('tell', 'a'), lensItemIds: ['connect_first', 'nope'] }]))).toEqual(['UNKNOWN_LENS_ITEM']);
    expect(validateMethod(withPhases([{ ...phaseFromKind('tell', 'a'), lensItemIds: ['own'] }]), { knownLensItemIds: ['own'] })).toEqual(
      [],
    );
    expect(codes(withPhases([phaseFromKind('tell', ' ')]))).toEqual(['EMPTY_PHASE_ID']);
    expect(codes({ ...base, id: '', name: { nl: 'Naam', en: '' } })).toEqual(['EMPTY_METHOD_ID', 'EMPTY_METHOD_NAME']);
  });

  it('reports a behaviour switch the phase kind gives nothing to act on, naming the switch', () => {
    const vote = phaseFromKind('vote', 'dots');
    const hiddenWrite = { ...phaseFromKind('contribute', 'write'), behaviour: { ...OPEN_PHASE, votesHiddenUntilClose: true } };
    const privateDots = { ...vote, behaviour: { ...OPEN_PHASE, privateUntilReveal: true } };
    const harvestDots = { ...vote, behaviour: { ...OPEN_PHASE, harvestFlow: 'insights' as const } };
    expect(codes(withPhases([hiddenWrite]))).toEqual(['BEHAVIOUR_NOT_FOR_KIND']);
    expect(validateMethod(withPhases([hiddenWrite]))[0].message.nl).toBe(
      'Fase 1: "Stemmen verborgen tot de fase sluit" past niet bij deze soort fase; in deze fase wordt niet gestemd.',
    );
    expect(codes(withPhases([privateDots]))).toEqual(['BEHAVIOUR_NOT_FOR_KIND']);
    expect(codes(withPhases([harvestDots]))).toEqual(['BEHAVIOUR_NOT_FOR_KIND']);
    expect(behaviourOutsideKind('group', { ...OPEN_PHASE, votesHiddenUntilClose: true, privateUntilReveal: true })).toEqual([
      'privateUntilReveal',
    ]);
    expect(codes(withPhases([{ ...phaseFromKind('harvest', 'lessons'), behaviour: { ...OPEN_PHASE, harvestFlow: 'practices' } }]))).toEqual(
      [],
    );
  });

  it('accepts the behaviour every shipped method declares', () => {
    for (const method of SHIPPED_METHODS) {
      for (const phase of method.phases) expect(behaviourOutsideKind(phase.kind, phase.behaviour ?? OPEN_PHASE)).toEqual([]);
    }
  });
});

describe('copyMethod', () => {
  it('yields version 1 of an adapted copy that remembers its origin', () => {
    const copy = copyMethod(DILEMMA_METHOD, 'our_dilemma');
    expect(copy).toMatchObject({ id: 'our_dilemma', version: 1, source: 'practice', basedOn: { id: 'dilemma_method', version: 1 } });
    expect(copy.name.nl).toBe('Dilemmamethode (moreel beraad) (aangepast)');
    expect(copy.phases).toEqual(DILEMMA_METHOD.phases);
    expect(validateMethod(copy)).toEqual([]);
  });

  it('takes a new name and never shares phases with the original', () => {
    const copy = copyMethod(PRESENCE_CASE_REFLECTION, 'ours', { name: { nl: 'Onze casusreflectie', en: 'Our case reflection' } });
    expect(copy.name.nl).toBe('Onze casusreflectie');
    expect(copy.source).toBe('practice');
    expect(copy.phases).not.toBe(PRESENCE_CASE_REFLECTION.phases);
    expect(copy.phases[2]).not.toBe(PRESENCE_CASE_REFLECTION.phases[2]);
    expect(copy.phases[2].lensItemIds).not.toBe(PRESENCE_CASE_REFLECTION.phases[2].lensItemIds);
    (copy.phases[0].title as { nl: string }).nl = 'Gewijzigd';
    expect(PRESENCE_CASE_REFLECTION.phases[0].title.nl).toBe('Het verhaal');
  });
});
