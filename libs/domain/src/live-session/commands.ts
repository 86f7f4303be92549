import { phaseBehaviour } from '../methods/phase-behaviour';
import { MethodPhase, PhaseKind } from '../methods/types';
import { TagDirection } from '../values/tagging';

/**
 * What a screen can ask the live room to do. Every command that acts within a
 * phase names the phase it was made for (`phaseId`, the phase the screen showed
 * as current): the server refuses it once the moderator has moved on, so a
 * contribution typed during "feitenvragen" never lands in "adviezen".
 *
 * A command travels inside a LiveCommandMessage (socket.ts) with a `clientKey`
 * (idempotency key): the screen keeps the message in its outbox until it has
 * an ack, and re-sends it with the same key after a dropped connection. The
 * server applies each key once and answers a replay with the original result.
 */
export type LiveCommand =
  // Moderator: the course of the session.
  | { readonly type: 'startSession' }
  | { readonly type: 'endSession' }
  | { readonly type: 'goToPhase'; readonly phaseId: string; readonly toPhaseId: string }
  /** Starts (or resumes) the timer; `durationSeconds` sets a fresh timebox instead. */
  | { readonly type: 'timerStart'; readonly phaseId: string; readonly durationSeconds?: number }
  | { readonly type: 'timerPause'; readonly phaseId: string }
  | { readonly type: 'timerExtend'; readonly phaseId: string; readonly seconds: number }
  /** Makes the entries of a private phase (privateUntilReveal) visible to everyone at once. */
  | { readonly type: 'reveal'; readonly phaseId: string }
  // Everyone (the moderator too). `forRoom`: the moderator writes on behalf of the room (one-screen mode).
  | {
      readonly type: 'contribute';
      readonly phaseId: string;
      readonly body: string;
      readonly anonymous?: boolean;
      /** 'option' for alternatives in a weigh-options phase; default 'contribution'. */
      readonly entryKind?: 'contribution' | 'option';
      readonly forRoom?: boolean;
    }
  | { readonly type: 'ask'; readonly phaseId: string; readonly body: string; readonly anonymous?: boolean; readonly forRoom?: boolean }
  /** Only the author (or, for room entries, the moderator), while the entry's phase is current. */
  | { readonly type: 'editEntry'; readonly phaseId: string; readonly entryId: string; readonly body: string }
  /** The author, or the moderator (e.g. to take out an identifying detail). */
  | { readonly type: 'removeEntry'; readonly phaseId: string; readonly entryId: string }
  /** Puts entries into an existing group (`groupId`) or a new one (`label`). */
  | {
      readonly type: 'group';
      readonly phaseId: string;
      readonly entryIds: readonly string[];
      readonly groupId?: string;
      readonly label?: string;
    }
  | { readonly type: 'ungroup'; readonly phaseId: string; readonly entryId: string }
  | { readonly type: 'renameGroup'; readonly phaseId: string; readonly groupId: string; readonly label: string }
  | { readonly type: 'vote'; readonly phaseId: string; readonly entryId: string; readonly forRoom?: boolean }
  | { readonly type: 'unvote'; readonly phaseId: string; readonly entryId: string; readonly forRoom?: boolean }
  | { readonly type: 'tag'; readonly phaseId: string; readonly entryId: string; readonly itemId: string; readonly direction: TagDirection }
  | { readonly type: 'untag'; readonly phaseId: string; readonly tagId: string }
  | { readonly type: 'markReady'; readonly phaseId: string; readonly ready: boolean };

export type LiveCommandType = LiveCommand['type'];

/** What a phase lets people do, by phase kind; the room shows only these controls. */
export const PHASE_ACTIONS = ['contribute', 'ask', 'option', 'group', 'vote', 'tag'] as const;
export type PhaseAction = (typeof PHASE_ACTIONS)[number];

/**
 * Per phase kind, what can be added. The shipped methods have no separate
 * vote phase, so dots can be placed where the group compares and chooses
 * (group, weigh options, decide) as well as in an explicit vote phase.
 * Tagging is not a kind's: a phase offers it when its behaviour says
 * `valueTagging` (phaseActions).
 */
export const PHASE_KIND_ACTIONS: Record<PhaseKind, readonly PhaseAction[]> = {
  // The teller tells; the moderator (or teller) may write the story down.
  tell: ['contribute'],
  ask_questions: ['ask'],
  contribute: ['contribute'],
  group: ['group', 'vote'],
  vote: ['vote'],
  // Values-reflection walks the values on the story itself: write what you see (and tag it, see valueTagging).
  tag_values: ['contribute'],
  weigh_options: ['option', 'contribute', 'vote'],
  decide: ['contribute', 'vote'],
  harvest: ['contribute'],
};

export interface LiveCommandRule {
  readonly moderatorOnly: boolean;
  /** Carries `phaseId` and is refused once that phase is no longer current. */
  readonly phaseBound: boolean;
  /** Only allowed in phases whose kind offers this action. */
  readonly action?: PhaseAction;
  /** Allowed before the session is live (only startSession). */
  readonly whilePlanned?: boolean;
}

/** The server enforces these; the web uses them to show or hide controls. */
export const LIVE_COMMAND_RULES: Record<LiveCommandType, LiveCommandRule> = {
  startSession: { moderatorOnly: true, phaseBound: false, whilePlanned: true },
  endSession: { moderatorOnly: true, phaseBound: false },
  goToPhase: { moderatorOnly: true, phaseBound: true },
  timerStart: { moderatorOnly: true, phaseBound: true },
  timerPause: { moderatorOnly: true, phaseBound: true },
  timerExtend: { moderatorOnly: true, phaseBound: true },
  reveal: { moderatorOnly: true, phaseBound: true },
  contribute: { moderatorOnly: false, phaseBound: true, action: 'contribute' },
  ask: { moderatorOnly: false, phaseBound: true, action: 'ask' },
  editEntry: { moderatorOnly: false, phaseBound: true },
  removeEntry: { moderatorOnly: false, phaseBound: true },
  group: { moderatorOnly: false, phaseBound: true, action: 'group' },
  ungroup: { moderatorOnly: false, phaseBound: true, action: 'group' },
  renameGroup: { moderatorOnly: false, phaseBound: true, action: 'group' },
  vote: { moderatorOnly: false, phaseBound: true, action: 'vote' },
  unvote: { moderatorOnly: false, phaseBound: true, action: 'vote' },
  tag: { moderatorOnly: false, phaseBound: true, action: 'tag' },
  untag: { moderatorOnly: false, phaseBound: true, action: 'tag' },
  markReady: { moderatorOnly: false, phaseBound: true },
};

/** The action a command needs from the current phase; `contribute` of an option needs 'option'. */
export function requiredAction(command: LiveCommand): PhaseAction | undefined {
  if (command.type === 'contribute' && command.entryKind === 'option') return 'option';
  return LIVE_COMMAND_RULES[command.type].action;
}

/** What phase `index` of a method lets people do: its kind's actions, plus tagging where its behaviour says so. */
export function phaseActions(phases: readonly MethodPhase[], index: number): readonly PhaseAction[] {
  const phase = phases[index];
  if (!phase) return [];
  const kindActions = PHASE_KIND_ACTIONS[phase.kind];
  return phaseBehaviour(phases, index).valueTagging ? [...kindActions, 'tag'] : kindActions;
}
