import { entryOnBoard } from '../methods/phase-behaviour';
import { MethodPhase } from '../methods/types';
import { phaseActions, PhaseAction } from './commands';
import { LiveEntry, LiveSessionState } from './types';

/** Read helpers for screens and tests; the server checks the same rules against PostgreSQL. */

export function currentPhase(state: LiveSessionState): MethodPhase | undefined {
  return state.phases[state.currentPhaseIndex];
}

/** What the current phase lets people add (nothing before the session is live or after it ended). */
export function currentActions(state: LiveSessionState): readonly PhaseAction[] {
  return state.status === 'live' ? phaseActions(state.phases, state.currentPhaseIndex) : [];
}

/** All dots on an entry, optionally in one phase only. */
export function voteTotal(state: LiveSessionState, entryId: string, phaseId?: string): number {
  return state.votes
    .filter((v) => v.entryId === entryId && (phaseId === undefined || v.phaseId === phaseId))
    .reduce((sum, v) => sum + v.count, 0);
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

/**
 * Is the entry on the current phase's board: written in it, or in an earlier
 * phase the method says it works with (behaviour worksWith)? Only those can be
 * grouped, voted on and tagged now; the server checks the same.
 */
export function onCurrentBoard(state: LiveSessionState, entry: LiveEntry): boolean {
  return entryOnBoard(state.phases, state.currentPhaseIndex, entry);
}
