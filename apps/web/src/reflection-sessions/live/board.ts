import { currentActions, type LiveEntry, type LiveSessionState } from '@kring/domain';

/**
 * Which entries the current phase works with. A phase mostly works with what
 * is written in it. Grouping and voting also take the earlier answers and
 * options (in the incidentmethode: compare what everyone would do), but not
 * the story itself or the fact-finding questions; tagging with values also
 * takes the story, since that is what the values are walked over. Everything
 * else is folded away as "from other phases".
 */
export function boardEntries(state: LiveSessionState): { working: LiveEntry[]; other: LiveEntry[] } {
  const actions = currentActions(state);
  const order = new Map(state.phases.map((p, i) => [p.id, i]));
  const current = state.phases[state.currentPhaseIndex]?.id;
  const earlierMaterial = (entry: LiveEntry): boolean => {
    const index = order.get(entry.phaseId);
    if (index === undefined || index >= state.currentPhaseIndex || entry.kind === 'question') return false;
    if (actions.includes('tag')) return true;
    return (actions.includes('group') || actions.includes('vote')) && state.phases[index].kind !== 'tell';
  };
  const working = state.entries.filter((e) => e.phaseId === current || earlierMaterial(e));
  return { working, other: state.entries.filter((e) => !working.includes(e)) };
}
