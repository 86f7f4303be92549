import { LocalizedText } from '../values/localized-text';
import { MethodPhase, PhaseKind } from './types';

/**
 * How a phase behaves in the live room, beyond what its kind collects. This is
 * method data: each shipped method declares it per phase as its guidance says
 * ("Iedereen schrijft eerst zelf" → private until the moderator reveals), and
 * the method builder offers the same switches. The server enforces it (the
 * snapshot and events are filtered per viewer); screens only show it.
 */

/** Where a phase's entries go when the harvest gathers itself: as drafts the moderator edits and approves. */
export const HARVEST_FLOWS = ['none', 'insights', 'advice', 'practices'] as const;
export type HarvestFlow = (typeof HARVEST_FLOWS)[number];

export interface PhaseBehaviour {
  /** Entries are seen only by their author until the moderator reveals them (one command, everyone sees it at once). */
  readonly privateUntilReveal: boolean;
  /** Dot totals and who placed them stay hidden until the phase closes (the moderator moves on or ends the session). */
  readonly votesHiddenUntilClose: boolean;
  /** Entries can be tagged with a value of the mensperspectief and a direction in this phase. */
  readonly valueTagging: boolean;
  /** Which part of the harvest this phase's entries arrive in, as drafts. */
  readonly harvestFlow: HarvestFlow;
  /**
   * Earlier phases (by id) whose entries this phase works with: they can be
   * grouped, voted on and tagged here. Entries of other phases stay folded away
   * and cannot be voted on, so a phase-2 entry is not votable in phase 6 unless
   * the method says so.
   */
  readonly worksWith: readonly string[];
}

export type PhaseBehaviourField = keyof PhaseBehaviour;

export interface PhaseBehaviourFieldDescription {
  readonly label: LocalizedText;
  /** Shown in the builder and, for the switches that are on, in the room's phase intro. */
  readonly description: LocalizedText;
}

/** One description per field: the builder's labels and the room's explanations come from here. */
export const PHASE_BEHAVIOUR_FIELDS: Record<PhaseBehaviourField, PhaseBehaviourFieldDescription> = {
  privateUntilReveal: {
    label: { nl: 'Eerst zelf schrijven', en: 'Write on your own first' },
    description: {
      nl: 'Ieder ziet alleen de eigen bijdragen, tot de gespreksleider ze voor iedereen tegelijk zichtbaar maakt.',
      en: 'Everyone sees only their own entries until the moderator reveals them to all at once.',
    },
  },
  votesHiddenUntilClose: {
    label: { nl: 'Stemmen verborgen tot de fase sluit', en: 'Votes hidden until the phase closes' },
    description: {
      nl: 'Ieder ziet alleen de eigen stippen; de totalen verschijnen als de gespreksleider de fase afsluit.',
      en: 'Everyone sees only their own dots; the totals appear when the moderator closes the phase.',
    },
  },
  valueTagging: {
    label: { nl: 'Waarden labelen', en: 'Tag values' },
    description: {
      nl: 'Bijdragen kunnen een waarde uit het mensperspectief en een richting krijgen.',
      en: 'Entries can get a value from the person perspective and a direction.',
    },
  },
  harvestFlow: {
    label: { nl: 'Naar de oogst', en: 'Into the harvest' },
    description: {
      nl: 'De bijdragen van deze fase komen als concept in de oogst; de gespreksleider past ze aan en keurt goed.',
      en: "This phase's entries arrive in the harvest as drafts; the moderator edits and approves them.",
    },
  },
  worksWith: {
    label: { nl: 'Werkt verder met', en: 'Works with' },
    description: {
      nl: 'Bijdragen uit deze eerdere fasen kunnen hier geordend, gestemd en gelabeld worden.',
      en: 'Entries from these earlier phases can be grouped, voted on and tagged here.',
    },
  },
};

export const HARVEST_FLOW_LABELS: Record<HarvestFlow, LocalizedText> = {
  none: { nl: 'Niet', en: 'No' },
  insights: { nl: 'Als leerpunten', en: 'As insights' },
  advice: { nl: 'Als advies aan de inbrenger', en: 'As advice to the contributor' },
  practices: {
    nl: 'Als nieuwe praktijk (wie en wanneer terugkijken vult de gespreksleider in)',
    en: 'As new practices (the moderator adds who and when to look back)',
  },
};

/** What a draft gathered from a phase becomes when the moderator takes it over. */
export const HARVEST_DRAFT_TARGETS = ['insight', 'advice', 'practice'] as const;
export type HarvestDraftTarget = (typeof HARVEST_DRAFT_TARGETS)[number];

/** Where a phase's entries go as drafts; null when they stay in the conversation. */
export function harvestDraftTarget(flow: HarvestFlow): HarvestDraftTarget | null {
  const targets: Record<HarvestFlow, HarvestDraftTarget | null> = {
    none: null,
    insights: 'insight',
    advice: 'advice',
    practices: 'practice',
  };
  return targets[flow];
}

export function isHarvestFlow(value: unknown): value is HarvestFlow {
  return typeof value === 'string' && (HARVEST_FLOWS as readonly string[]).includes(value);
}

/** A phase that simply collects what is said: everything open, nothing flows on. */
export const OPEN_PHASE: PhaseBehaviour = {
  privateUntilReveal: false,
  votesHiddenUntilClose: false,
  valueTagging: false,
  harvestFlow: 'none',
  worksWith: [],
};

/** What a new phase of this kind starts with in the builder. */
export function defaultBehaviour(kind: PhaseKind): PhaseBehaviour {
  return {
    ...OPEN_PHASE,
    valueTagging: kind === 'tag_values',
    // A harvest phase is what the group takes with it.
    harvestFlow: kind === 'harvest' ? 'insights' : 'none',
  };
}

/**
 * Methods saved before phases carried their behaviour (custom methods and the
 * snapshots of planned sessions) keep the room they had: tagging in tag
 * phases; grouping and voting over earlier contributions and options (not the
 * story or the questions); tagging over all earlier writing but questions.
 */
function legacyWorksWith(phases: readonly MethodPhase[], index: number): string[] {
  const kind = phases[index].kind;
  const takesEarlier = kind === 'group' || kind === 'vote' || kind === 'weigh_options' || kind === 'decide' || kind === 'tag_values';
  if (!takesEarlier) return [];
  return phases
    .slice(0, index)
    .filter((p) => p.kind !== 'ask_questions' && (kind === 'tag_values' || p.kind !== 'tell'))
    .map((p) => p.id);
}

/** The behaviour of phase `index` of a method: as declared, or as it was before declarations existed. */
export function phaseBehaviour(phases: readonly MethodPhase[], index: number): PhaseBehaviour {
  const phase = phases[index];
  if (!phase) return OPEN_PHASE;
  return phase.behaviour ?? { ...defaultBehaviour(phase.kind), harvestFlow: 'none', worksWith: legacyWorksWith(phases, index) };
}

/** The phase ids whose entries phase `index` works with: its own and the earlier ones it names. */
export function phaseBoardIds(phases: readonly MethodPhase[], index: number): string[] {
  const phase = phases[index];
  return phase ? [phase.id, ...phaseBehaviour(phases, index).worksWith] : [];
}

/**
 * Is an entry on the board of phase `index`: written in it, or in an earlier
 * phase it works with? Questions of earlier phases stay with the teller they
 * were asked of; they are not material to group, vote on or tag later.
 */
export function entryOnBoard(
  phases: readonly MethodPhase[],
  index: number,
  entry: { readonly phaseId: string; readonly kind: string },
): boolean {
  if (phases[index]?.id === entry.phaseId) return true;
  return entry.kind !== 'question' && phaseBoardIds(phases, index).includes(entry.phaseId);
}
