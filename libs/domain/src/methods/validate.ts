import { lensItemIds } from '../lenses/catalogue';
import { LocalizedText, isCompleteText } from '../values/localized-text';
import { PHASE_KIND_ACTIONS, PhaseAction } from '../live-session/commands';
import { isHarvestFlow, PHASE_BEHAVIOUR_FIELDS, PhaseBehaviour } from './phase-behaviour';
import { Method, isPhaseKind, PhaseKind } from './types';

/** Bounds for methods built or adapted by moderators. */
export const METHOD_LIMITS = {
  maxPhases: 20,
  minPhaseMinutes: 1,
  maxPhaseMinutes: 120,
  /** Longest summary, prompt or guidance text; names, titles and phase ids use LIMITS.name. */
  maxTextLength: 2000,
  /**
   * Phase ids are short keys (the builder makes them from the kind: "vote_2");
   * a phase's behaviour names earlier phases by id, so this keeps a method's
   * size bounded (engine/http/body-limits.ts).
   */
  maxPhaseIdLength: 40,
} as const;

export type MethodProblemCode =
  | 'EMPTY_METHOD_ID'
  | 'EMPTY_METHOD_NAME'
  | 'NO_PHASES'
  | 'TOO_MANY_PHASES'
  | 'EMPTY_PHASE_ID'
  | 'PHASE_ID_TOO_LONG'
  | 'DUPLICATE_PHASE_ID'
  | 'UNKNOWN_PHASE_KIND'
  | 'TIMEBOX_OUT_OF_RANGE'
  | 'EMPTY_TITLE'
  | 'EMPTY_PROMPT'
  | 'UNKNOWN_LENS_ITEM'
  | 'INVALID_BEHAVIOUR'
  | 'WORKS_WITH_NOT_EARLIER'
  | 'BEHAVIOUR_NOT_FOR_KIND';

export interface MethodProblem {
  readonly code: MethodProblemCode;
  /** Set when the problem is in one phase. */
  readonly phaseId?: string;
  readonly message: LocalizedText;
}

export interface ValidateMethodOptions {
  /** Lens item ids a phase may refer to; defaults to the shipped lenses. */
  readonly knownLensItemIds?: readonly string[];
}

/**
 * Checks a method (shipped, copied or built from blocks) and returns readable
 * problems in both languages; an empty list means it can be used.
 */
export function validateMethod(method: Method, options: ValidateMethodOptions = {}): MethodProblem[] {
  const problems: MethodProblem[] = [];
  const add = (code: MethodProblemCode, nl: string, en: string, phaseId?: string) =>
    problems.push(phaseId === undefined ? { code, message: { nl, en } } : { code, phaseId, message: { nl, en } });

  if (typeof method.id !== 'string' || method.id.trim() === '')
    add('EMPTY_METHOD_ID', 'De werkvorm heeft geen id.', 'The method has no id.');
  if (!isCompleteText(method.name)) {
    add('EMPTY_METHOD_NAME', 'Geef de werkvorm een naam in het Nederlands en het Engels.', 'Give the method a name in Dutch and English.');
  }

  const phases = Array.isArray(method.phases) ? method.phases : [];
  if (phases.length === 0) add('NO_PHASES', 'De werkvorm heeft nog geen fasen.', 'The method has no phases yet.');
  if (phases.length > METHOD_LIMITS.maxPhases) {
    add(
      'TOO_MANY_PHASES',
      `De werkvorm heeft ${phases.length} fasen; het maximum is ${METHOD_LIMITS.maxPhases}.`,
      `The method has ${phases.length} phases; the maximum is ${METHOD_LIMITS.maxPhases}.`,
    );
  }

  const known = new Set(options.knownLensItemIds ?? lensItemIds());
  const seen = new Set<string>();
  const earlier = (index: number) => new Set(phases.slice(0, index).map((p) => p.id));
  phases.forEach((phase, index) => {
    const hasId = typeof phase.id === 'string' && phase.id.trim() !== '';
    const ref = hasId ? phase.id : undefined;
    const where = { nl: `Fase ${index + 1}`, en: `Phase ${index + 1}` };

    if (!hasId) add('EMPTY_PHASE_ID', `${where.nl} heeft geen id.`, `${where.en} has no id.`);
    else if (phase.id.length > METHOD_LIMITS.maxPhaseIdLength) {
      add(
        'PHASE_ID_TOO_LONG',
        `${where.nl}: het id mag hoogstens ${METHOD_LIMITS.maxPhaseIdLength} tekens lang zijn.`,
        `${where.en}: the id can be at most ${METHOD_LIMITS.maxPhaseIdLength} characters long.`,
        ref,
      );
    } else if (seen.has(phase.id)) {
      add(
        'DUPLICATE_PHASE_ID',
        `${where.nl}: het id "${phase.id}" komt vaker voor.`,
        `${where.en}: the id "${phase.id}" is used more than once.`,
        ref,
      );
    } else seen.add(phase.id);

    if (!isPhaseKind(phase.kind)) {
      add(
        'UNKNOWN_PHASE_KIND',
        `${where.nl}: onbekende soort fase "${String(phase.kind)}".`,
        `${where.en}: unknown phase kind "${String(phase.kind)}".`,
        ref,
      );
    }
    const minutes = phase.defaultMinutes;
    if (!Number.isInteger(minutes) || minutes < METHOD_LIMITS.minPhaseMinutes || minutes > METHOD_LIMITS.maxPhaseMinutes) {
      add(
        'TIMEBOX_OUT_OF_RANGE',
        `${where.nl}: de tijd moet een heel aantal minuten zijn, van ${METHOD_LIMITS.minPhaseMinutes} tot en met ${METHOD_LIMITS.maxPhaseMinutes}.`,
        `${where.en}: the timebox must be a whole number of minutes from ${METHOD_LIMITS.minPhaseMinutes} to ${METHOD_LIMITS.maxPhaseMinutes}.`,
        ref,
      );
    }
    if (!isCompleteText(phase.title)) {
      add(
        'EMPTY_TITLE',
        `${where.nl}: geef een titel in het Nederlands en het Engels.`,
        `${where.en}: give a title in Dutch and English.`,
        ref,
      );
    }
    if (!isCompleteText(phase.participantPrompt)) {
      add(
        'EMPTY_PROMPT',
        `${where.nl}: de vraag aan de deelnemers is leeg (Nederlands en Engels nodig).`,
        `${where.en}: the prompt for participants is empty (Dutch and English needed).`,
        ref,
      );
    }
    for (const itemId of phase.lensItemIds ?? []) {
      if (!known.has(itemId)) {
        add('UNKNOWN_LENS_ITEM', `${where.nl}: onbekend lens-onderdeel "${itemId}".`, `${where.en}: unknown lens item "${itemId}".`, ref);
      }
    }
    if (phase.behaviour !== undefined) {
      if (!isWellFormedBehaviour(phase.behaviour)) {
        add(
          'INVALID_BEHAVIOUR',
          `${where.nl}: het gedrag van de fase is onvolledig.`,
          `${where.en}: the phase's behaviour is incomplete.`,
          ref,
        );
      } else {
        const before = earlier(index);
        for (const id of phase.behaviour.worksWith.filter((id: string) => !before.has(id))) {
          add(
            'WORKS_WITH_NOT_EARLIER',
            `${where.nl}: kan alleen verder werken met een eerdere fase, niet met "${id}".`,
            `${where.en}: can only work with an earlier phase, not with "${id}".`,
            ref,
          );
        }
        if (isPhaseKind(phase.kind)) {
          for (const field of behaviourOutsideKind(phase.kind, phase.behaviour)) {
            const label = PHASE_BEHAVIOUR_FIELDS[field].label;
            add(
              'BEHAVIOUR_NOT_FOR_KIND',
              `${where.nl}: "${label.nl}" past niet bij deze soort fase; ${KIND_BOUND[field].lacks.nl}.`,
              `${where.en}: "${label.en}" does not fit this kind of phase; ${KIND_BOUND[field].lacks.en}.`,
              ref,
            );
          }
        }
      }
    }
  });
  return problems;
}

type KindBoundSwitch = 'privateUntilReveal' | 'votesHiddenUntilClose' | 'harvestFlow';

/**
 * Switches that act on something the phase kind must let people do
 * (PHASE_KIND_ACTIONS): on while the kind offers nothing, they would promise
 * the room something it never does. `lacks` says so in words.
 */
const KIND_BOUND: Record<KindBoundSwitch, { actions: readonly PhaseAction[]; on: (b: PhaseBehaviour) => boolean; lacks: LocalizedText }> = {
  privateUntilReveal: {
    actions: ['contribute', 'ask', 'option'],
    on: (b) => b.privateUntilReveal,
    lacks: { nl: 'in deze fase schrijft niemand iets', en: 'nobody writes anything in this phase' },
  },
  votesHiddenUntilClose: {
    actions: ['vote'],
    on: (b) => b.votesHiddenUntilClose,
    lacks: { nl: 'in deze fase wordt niet gestemd', en: 'nobody votes in this phase' },
  },
  harvestFlow: {
    actions: ['contribute', 'option'],
    on: (b) => b.harvestFlow !== 'none',
    lacks: { nl: 'deze fase levert geen bijdragen op', en: 'this phase yields no contributions' },
  },
};

/** Whether the phase kind gives this behaviour switch something to act on; the builder offers only these. */
export function kindOffersBehaviour(kind: PhaseKind, field: keyof PhaseBehaviour): boolean {
  if (!(field in KIND_BOUND)) return true;
  const offered = PHASE_KIND_ACTIONS[kind];
  return KIND_BOUND[field as KindBoundSwitch].actions.some((action) => offered.includes(action));
}

/** The switches that are on although the phase kind offers nothing for them to act on. */
export function behaviourOutsideKind(kind: PhaseKind, behaviour: PhaseBehaviour): KindBoundSwitch[] {
  return (Object.keys(KIND_BOUND) as KindBoundSwitch[]).filter(
    (field) => KIND_BOUND[field].on(behaviour) && !kindOffersBehaviour(kind, field),
  );
}

/** Stored and submitted methods are JSON: check the shape before trusting it. */
function isWellFormedBehaviour(value: PhaseBehaviour): boolean {
  const b = value as unknown as Record<string, unknown>;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.privateUntilReveal === 'boolean' &&
    typeof b.votesHiddenUntilClose === 'boolean' &&
    typeof b.valueTagging === 'boolean' &&
    isHarvestFlow(b.harvestFlow) &&
    Array.isArray(b.worksWith) &&
    b.worksWith.every((id: unknown) => typeof id === 'string')
  );
}
