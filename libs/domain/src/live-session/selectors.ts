import { MethodPhase } from '../methods/types';
import { PHASE_KIND_ACTIONS, PhaseAction } from './commands';
import { LiveEntry, LiveSessionState } from './types';

/** Read helpers for screens and tests; the server checks the same rules against PostgreSQL. */

export function currentPhase(state: LiveSessionState): MethodPhase | undefined {
  return state.phases[state.currentPhaseIndex];
}

/** What the current phase lets people add (nothing before the session is live or after it ended). */
export function currentActions(state: LiveSessionState): readonly PhaseAction[] {
  const phase = currentPhase(state);
  return state.status === 'live' && phase ? PHASE_KIND_ACTIONS[phase.kind] : [];
}

/** All dots on an entry, optionally in one phase only. */
export function voteTotal(state: LiveSessionState, entryId: string, phaseId?: string): number {
  return state.votes.filter((v) => v.entryId === entryId && (phaseId === undefined || v.phaseId === phaseId)).reduce((sum, v) => sum + v.count, 0);
}

/** Dots a person (null: the room) has placed in a phase. */
export function votesUsed(state: LiveSessionState, voterId: string | null, phaseId: string): number {
  return state.votes.filter((v) => v.voterId === voterId && v.phaseId === phaseId).reduce((sum, v) => sum + v.count, 0);
}

export function votesLeft(state: LiveSessionState, phaseId: string): number {
  return Math.max(0, state.voteBudget - votesUsed(state, state.viewer.personId, phaseId));
}

export function isOwnEntry(state: LiveSessionState, entry: LiveEntry): boolean {
  return state.viewer.ownEntryIds.includes(entry.id);
}
