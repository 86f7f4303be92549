import { PHASE_KIND_ACTIONS, SHIPPED_METHODS } from '@kring/domain';
import { votingPhases } from './voting-phases';

describe('the dots line of the session details', () => {
  it('names only the phases where the method lets people vote', () => {
    const incident = SHIPPED_METHODS.find((m) => m.id === 'incident_method')!;
    expect(votingPhases(incident.phases).map((p) => p.title.nl)).toEqual(['Vergelijken']);
    const values = SHIPPED_METHODS.find((m) => m.id === 'values_reflection_at_home')!;
    expect(votingPhases(values.phases).every((p) => PHASE_KIND_ACTIONS[p.kind].includes('vote'))).toBe(true);
    expect(votingPhases([{ kind: 'tell' as const }, { kind: 'contribute' as const }])).toEqual([]);
  });
});
