import {
  defaultBehaviour,
  validateMethod,
  type Language,
  type LocalizedText,
  type MethodProblem,
  type PhaseBehaviour,
  type PhaseKind,
} from '@kring/domain';
import type { MethodQuery, PhaseKindsQuery, SaveCustomMethodInput } from '../graphql/generated';

export type PhaseBlock = PhaseKindsQuery['phaseKinds'][number];
type MethodData = MethodQuery['method'];

export interface DraftPhase {
  /** Generated here for new phases, kept for existing ones: a live session points at phases by id. */
  id: string;
  kind: PhaseKind;
  title: LocalizedText;
  participantPrompt: LocalizedText;
  moderatorGuidance: LocalizedText;
  /** NaN while the field is empty; validation names it. */
  defaultMinutes: number;
  lensItemIds: string[];
  /** How the phase behaves in the live room; a new phase starts from its kind's defaults. */
  behaviour: PhaseBehaviour;
}

/** What the builder edits: a new method (methodId null) or the next version of an own one. */
export interface MethodDraft {
  methodId: string | null;
  baseVersion: number | null;
  name: LocalizedText;
  summary: LocalizedText;
  phases: DraftPhase[];
}

export type PhaseText = 'title' | 'participantPrompt' | 'moderatorGuidance';

export type DraftAction =
  | { type: 'setName' | 'setSummary'; language: Language; value: string }
  | { type: 'addPhase'; block: PhaseBlock }
  | { type: 'removePhase'; index: number }
  | { type: 'movePhase'; index: number; offset: -1 | 1 }
  | { type: 'setPhaseText'; index: number; field: PhaseText; language: Language; value: string }
  | { type: 'setMinutes'; index: number; minutes: number }
  | { type: 'addLensItem' | 'removeLensItem'; index: number; itemId: string }
  | { type: 'setBehaviour'; index: number; change: Partial<PhaseBehaviour> };

const EMPTY_TEXT: LocalizedText = { nl: '', en: '' };

export function emptyDraft(): MethodDraft {
  return { methodId: null, baseVersion: null, name: EMPTY_TEXT, summary: EMPTY_TEXT, phases: [] };
}

const text = ({ nl, en }: LocalizedText): LocalizedText => ({ nl, en });

export function draftFromMethod(method: MethodData): MethodDraft {
  return {
    methodId: method.id,
    baseVersion: method.version,
    name: text(method.name),
    summary: text(method.summary),
    phases: method.phases.map((phase) => ({
      id: phase.id,
      kind: phase.kind,
      title: text(phase.title),
      participantPrompt: text(phase.participantPrompt),
      moderatorGuidance: text(phase.moderatorGuidance),
      defaultMinutes: phase.defaultMinutes,
      lensItemIds: [...phase.lensItemIds],
      behaviour: { ...phase.behaviour, worksWith: [...phase.behaviour.worksWith] },
    })),
  };
}

/** The kind's name, or the name with the lowest free number ("vote_2"), so ids stay readable and unique. */
export function freePhaseId(kind: PhaseKind, phases: readonly DraftPhase[]): string {
  const taken = new Set(phases.map((phase) => phase.id));
  if (!taken.has(kind)) return kind;
  let n = 2;
  while (taken.has(`${kind}_${n}`)) n += 1;
  return `${kind}_${n}`;
}

function withPhase(draft: MethodDraft, index: number, change: (phase: DraftPhase) => DraftPhase): MethodDraft {
  return { ...draft, phases: draft.phases.map((phase, i) => (i === index ? change(phase) : phase)) };
}

export function draftReducer(draft: MethodDraft, action: DraftAction): MethodDraft {
  switch (action.type) {
    case 'setName':
      return { ...draft, name: { ...draft.name, [action.language]: action.value } };
    case 'setSummary':
      return { ...draft, summary: { ...draft.summary, [action.language]: action.value } };
    case 'addPhase': {
      const { block } = action;
      const phase: DraftPhase = {
        id: freePhaseId(block.kind, draft.phases),
        kind: block.kind,
        title: text(block.label),
        participantPrompt: text(block.defaultPrompt),
        moderatorGuidance: text(block.defaultModeratorGuidance),
        defaultMinutes: block.defaultMinutes,
        lensItemIds: [],
        behaviour: defaultBehaviour(block.kind),
      };
      return { ...draft, phases: [...draft.phases, phase] };
    }
    case 'removePhase': {
      // Later phases no longer work with a phase that is gone.
      const removed = draft.phases[action.index]?.id;
      const phases = draft.phases
        .filter((_, i) => i !== action.index)
        .map((phase) =>
          phase.behaviour.worksWith.includes(removed)
            ? { ...phase, behaviour: { ...phase.behaviour, worksWith: phase.behaviour.worksWith.filter((id) => id !== removed) } }
            : phase,
        );
      return { ...draft, phases };
    }
    case 'movePhase': {
      const target = action.index + action.offset;
      if (target < 0 || target >= draft.phases.length) return draft;
      const phases = [...draft.phases];
      [phases[action.index], phases[target]] = [phases[target], phases[action.index]];
      return { ...draft, phases };
    }
    case 'setPhaseText':
      return withPhase(draft, action.index, (phase) => ({
        ...phase,
        [action.field]: { ...phase[action.field], [action.language]: action.value },
      }));
    case 'setMinutes':
      return withPhase(draft, action.index, (phase) => ({ ...phase, defaultMinutes: action.minutes }));
    case 'addLensItem':
      return withPhase(draft, action.index, (phase) =>
        phase.lensItemIds.includes(action.itemId) ? phase : { ...phase, lensItemIds: [...phase.lensItemIds, action.itemId] },
      );
    case 'removeLensItem':
      return withPhase(draft, action.index, (phase) => ({ ...phase, lensItemIds: phase.lensItemIds.filter((id) => id !== action.itemId) }));
    case 'setBehaviour':
      return withPhase(draft, action.index, (phase) => ({ ...phase, behaviour: { ...phase.behaviour, ...action.change } }));
  }
}

export interface DraftProblems {
  all: MethodProblem[];
  /** Problems of the method as a whole (name, number of phases). */
  method: MethodProblem[];
  byPhase: ReadonlyMap<string, MethodProblem[]>;
}

/** The same check the API makes on save, so problems show while editing and the save is not a guess. */
export function draftProblems(draft: MethodDraft): DraftProblems {
  const all = validateMethod({
    // The server gives a new method its id; any non-empty id passes the check.
    id: draft.methodId ?? 'new',
    version: (draft.baseVersion ?? 0) + 1,
    name: draft.name,
    summary: draft.summary,
    source: 'practice',
    phases: draft.phases,
  });
  const byPhase = new Map<string, MethodProblem[]>();
  for (const problem of all) {
    if (problem.phaseId !== undefined) byPhase.set(problem.phaseId, [...(byPhase.get(problem.phaseId) ?? []), problem]);
  }
  return { all, method: all.filter((problem) => problem.phaseId === undefined), byPhase };
}

export function saveInput(draft: MethodDraft, organisationId: string): SaveCustomMethodInput {
  return {
    organisationId,
    methodId: draft.methodId,
    baseVersion: draft.baseVersion,
    name: draft.name,
    summary: draft.summary,
    phases: draft.phases.map((phase) => ({ ...phase, behaviour: { ...phase.behaviour, worksWith: [...phase.behaviour.worksWith] } })),
  };
}
