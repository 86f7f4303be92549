import { onCurrentBoard, type LiveEntry, type LiveSessionState } from '@kring/domain';

/**
 * Which entries the current phase works with: those written in it and those
 * of the earlier phases its behaviour names (in the incidentmethode, compare
 * what everyone would do). Everything else is folded away as "from other
 * phases" and cannot be voted on here; the server refuses the same.
 */
export function boardEntries(state: LiveSessionState): { working: LiveEntry[]; other: LiveEntry[] } {
  const working = state.entries.filter((e) => onCurrentBoard(state, e));
  return { working, other: state.entries.filter((e) => !working.includes(e)) };
}
