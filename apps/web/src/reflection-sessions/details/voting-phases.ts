import { PHASE_KIND_ACTIONS, type PhaseKind } from '@kring/domain';

/** The phases in which dots can be placed: those whose kind offers voting (PHASE_KIND_ACTIONS, as the server enforces). */
export function votingPhases<P extends { kind: PhaseKind }>(phases: readonly P[]): P[] {
  return phases.filter((phase) => PHASE_KIND_ACTIONS[phase.kind].includes('vote'));
}
