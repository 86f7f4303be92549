import { PHASE_KIND_CATALOGUE, phaseBehaviour, SHIPPED_METHODS, type PhaseKind } from '@kring/domain';
import {
  draftFromMethod,
  draftProblems,
  draftReducer,
  emptyDraft,
  freePhaseId,
  saveInput,
  type MethodDraft,
  type PhaseBlock,
} from './method-draft';

const block = (kind: PhaseKind): PhaseBlock => ({ kind, ...PHASE_KIND_CATALOGUE[kind] });
const incident = SHIPPED_METHODS[2];
const fromShipped = (): MethodDraft =>
  draftFromMethod({
    ...incident,
    custom: false,
    archived: false,
    durationMinutes: 0,
    basedOn: null,
    savedAt: null,
    savedBy: null,
    phases: incident.phases.map((p, i) => {
      const behaviour = phaseBehaviour(incident.phases, i);
      return { ...p, lensItemIds: [...(p.lensItemIds ?? [])], behaviour: { ...behaviour, worksWith: [...behaviour.worksWith] } };
    }),
  });

describe('the method draft of the builder', () => {
  it('adds phases from blocks with their defaults and readable, unique ids', () => {
    let draft = draftReducer(emptyDraft(), { type: 'addPhase', block: block('vote') });
    draft = draftReducer(draft, { type: 'addPhase', block: block('vote') });
    expect(draft.phases.map((p) => p.id)).toEqual(['vote', 'vote_2']);
    expect(draft.phases[0]).toMatchObject({ kind: 'vote', title: PHASE_KIND_CATALOGUE.vote.label, defaultMinutes: 5, lensItemIds: [] });
    expect(freePhaseId('vote', [...draft.phases, { ...draft.phases[0], id: 'vote_3' }])).toBe('vote_4');
  });

  it('moves phases up and down, but not past either end, and removes them', () => {
    const draft = fromShipped();
    const ids = draft.phases.map((p) => p.id);
    const down = draftReducer(draft, { type: 'movePhase', index: 0, offset: 1 });
    expect(down.phases.map((p) => p.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(draftReducer(draft, { type: 'movePhase', index: 0, offset: -1 })).toBe(draft);
    expect(draftReducer(draft, { type: 'movePhase', index: ids.length - 1, offset: 1 })).toBe(draft);
    expect(draftReducer(draft, { type: 'removePhase', index: 1 }).phases.map((p) => p.id)).toEqual([ids[0], ...ids.slice(2)]);
    // The original draft is never changed in place.
    expect(draft.phases.map((p) => p.id)).toEqual(ids);
  });

  it('edits one language of one text, the timebox and the lens items of one phase', () => {
    let draft = fromShipped();
    draft = draftReducer(draft, {
      type: 'setPhaseText',
      index: 1,
      field: 'participantPrompt',
      language: 'en',
      value: 'Only facts, please.',
    });
    draft = draftReducer(draft, { type: 'setMinutes', index: 1, minutes: 20 });
    draft = draftReducer(draft, { type: 'addLensItem', index: 1, itemId: 'connect_first' });
    draft = draftReducer(draft, { type: 'addLensItem', index: 1, itemId: 'connect_first' });
    draft = draftReducer(draft, { type: 'setName', language: 'nl', value: 'Onze incidentmethode' });
    expect(draft.phases[1].participantPrompt).toEqual({ nl: incident.phases[1].participantPrompt.nl, en: 'Only facts, please.' });
    expect(draft.phases[1]).toMatchObject({ defaultMinutes: 20, lensItemIds: ['connect_first'] });
    expect(draft.name).toEqual({ nl: 'Onze incidentmethode', en: incident.name.en });
    expect(draftReducer(draft, { type: 'removeLensItem', index: 1, itemId: 'connect_first' }).phases[1].lensItemIds).toEqual([]);
    expect(incident.phases[1].participantPrompt.en).not.toBe('Only facts, please.');
  });

  it('shows the problems the server would refuse, per phase and for the whole method', () => {
    expect(draftProblems(fromShipped()).all).toEqual([]);
    const empty = draftProblems(emptyDraft());
    expect(empty.method.map((p) => p.code)).toEqual(['EMPTY_METHOD_NAME', 'NO_PHASES']);

    let draft = draftReducer(fromShipped(), { type: 'setMinutes', index: 2, minutes: Number.NaN });
    draft = draftReducer(draft, { type: 'setPhaseText', index: 2, field: 'title', language: 'nl', value: ' ' });
    const problems = draftProblems(draft);
    expect(problems.method).toEqual([]);
    expect(problems.byPhase.get(draft.phases[2].id)?.map((p) => p.code)).toEqual(['TIMEBOX_OUT_OF_RANGE', 'EMPTY_TITLE']);
    expect(problems.byPhase.get(draft.phases[2].id)?.[0].message.nl).toMatch(/^Fase 3: de tijd moet/);
  });

  it("keeps each phase's behaviour, starts a new phase from its kind's, and checks it like the server", () => {
    const draft = fromShipped();
    const compare = draft.phases.findIndex((p) => p.id === 'compare');
    expect(draft.phases[compare].behaviour).toEqual(incident.phases[compare].behaviour);
    expect(draftReducer(emptyDraft(), { type: 'addPhase', block: block('harvest') }).phases[0].behaviour).toMatchObject({
      harvestFlow: 'insights',
      worksWith: [],
    });

    const lessons = draft.phases.findIndex((p) => p.id === 'lessons');
    const practices = draftReducer(draft, { type: 'setBehaviour', index: lessons, change: { harvestFlow: 'practices' } });
    expect(practices.phases[lessons].behaviour).toEqual({ ...draft.phases[lessons].behaviour, harvestFlow: 'practices' });
    expect(saveInput(practices, 'org').phases[lessons].behaviour?.harvestFlow).toBe('practices');

    // Moving the compared phase after the comparison: named as a problem, as the server would.
    const swapped = draftReducer(draft, { type: 'movePhase', index: compare - 1, offset: 1 });
    expect(
      draftProblems(swapped)
        .byPhase.get('compare')
        ?.map((p) => p.code),
    ).toEqual(['WORKS_WITH_NOT_EARLIER']);
    // Removing it: the comparison no longer works with a phase that is gone.
    const removed = draftReducer(draft, { type: 'removePhase', index: compare - 1 });
    expect(removed.phases.find((p) => p.id === 'compare')?.behaviour.worksWith).toEqual([]);
    expect(draftProblems(removed).all).toEqual([]);
    // A switch the kind has nothing for.
    const hidden = draftReducer(draft, { type: 'setBehaviour', index: 0, change: { votesHiddenUntilClose: true } });
    expect(
      draftProblems(hidden)
        .byPhase.get('incident')
        ?.map((p) => p.code),
    ).toEqual(['BEHAVIOUR_NOT_FOR_KIND']);
  });

  it('sends the next version of an own method, or a new method without id', () => {
    const draft = { ...fromShipped(), methodId: 'org-onze-incidentmethode', baseVersion: 2 };
    expect(saveInput(draft, 'org-uuid')).toMatchObject({
      organisationId: 'org-uuid',
      methodId: 'org-onze-incidentmethode',
      baseVersion: 2,
    });
    expect(saveInput(emptyDraft(), 'org-uuid')).toMatchObject({ methodId: null, baseVersion: null, phases: [] });
  });
});
