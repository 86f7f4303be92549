import { LocalizedText } from '../values/localized-text';
import type { PhaseBehaviour } from './phase-behaviour';

/**
 * The building blocks of a session, modelled on Parabol's meeting phases:
 * each kind says what the phase collects, so the live session knows which
 * controls to show and what ends up in the harvest.
 */
export const PHASE_KINDS = [
  'tell',
  'ask_questions',
  'contribute',
  'group',
  'vote',
  'tag_values',
  'weigh_options',
  'decide',
  'harvest',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export function isPhaseKind(value: unknown): value is PhaseKind {
  return typeof value === 'string' && (PHASE_KINDS as readonly string[]).includes(value);
}

export interface MethodPhase {
  /** Unique within its method; stable so a live session can point at it. */
  readonly id: string;
  readonly kind: PhaseKind;
  readonly title: LocalizedText;
  /** What participants see. */
  readonly participantPrompt: LocalizedText;
  /** What only the moderator sees: how to lead this phase. */
  readonly moderatorGuidance: LocalizedText;
  /** A suggestion; the moderator keeps time and may extend. */
  readonly defaultMinutes: number;
  /** Lens items (or values) this phase walks through, by id. */
  readonly lensItemIds?: readonly string[];
  /**
   * How the phase behaves in the live room (phase-behaviour.ts). Every shipped
   * method declares it; methods saved before it existed fall back to
   * phaseBehaviour()'s reading of their phase kinds.
   */
  readonly behaviour?: PhaseBehaviour;
}

/**
 * Where a method comes from: 'sources' when the domain documents describe it,
 * 'practice' for widely used Dutch working methods and for methods moderators
 * build or adapt themselves.
 */
export const METHOD_SOURCES = ['sources', 'practice'] as const;
export type MethodSource = (typeof METHOD_SOURCES)[number];

export interface Method {
  readonly id: string;
  /** Starts at 1; a copy starts again at 1 and remembers what it was based on. */
  readonly version: number;
  readonly name: LocalizedText;
  readonly summary: LocalizedText;
  readonly source: MethodSource;
  readonly phases: readonly MethodPhase[];
  readonly basedOn?: { readonly id: string; readonly version: number };
}
