import { DILEMMA_METHOD } from '../methods/shipped/dilemma-method';
import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { discussionBoard, discussionEntries } from './discussion-order';
import { LiveEntry, LiveGroup, LiveSessionState, LiveVote } from './types';
import { ANNA, BRAM, liveEntry, liveState } from './live-state.fixture';

/** A live session of `method`, in phase `phaseId`, every earlier phase closed (the moderator moved on); Anna leads it. */
function room(method: typeof INCIDENT_METHOD, phaseId: string, patch: Partial<LiveSessionState> = {}): LiveSessionState {
  const index = method.phases.findIndex((p) => p.id === phaseId);
  if (index < 0) throw new Error(`no phase ${phaseId}`);
  return liveState({
    moderatorId: ANNA,
    method: { id: method.id, version: 1, name: method.name, summary: method.summary },
    phases: method.phases,
    currentPhaseIndex: index,
    closedPhaseIds: method.phases.slice(0, index).map((p) => p.id),
    participants: [],
    viewer: { personId: ANNA, isModerator: true, ownEntryIds: [] },
    ...patch,
  });
}

/** Card `id` written at minute `minute`, optionally in a group. */
function card(id: string, phaseId: string, minute: number, groupId: string | null = null): LiveEntry {
  return liveEntry(id, phaseId, { body: `kaart ${id}`, groupId, createdAt: `2026-12-03T10:${String(minute).padStart(2, '0')}:00.000Z` });
}

const dots = (phaseId: string, spread: Record<string, number>, voterId: string | null = ANNA): LiveVote[] =>
  Object.entries(spread).map(([entryId, count]) => ({ phaseId, entryId, voterId, count }));

// The incidentmethode votes in "Vergelijken" (compare) on the answers of "Wat zou jij doen?"; its dots are hidden until it closes.
const answers = [card('a', 'what_would_you_do', 1), card('b', 'what_would_you_do', 2), card('c', 'what_would_you_do', 3)];
// A method that takes the answers on after voting: "Wat is er gebeurd?" here works with them.
const INCIDENT_TALKING_ON = {
  ...INCIDENT_METHOD,
  phases: INCIDENT_METHOD.phases.map((p) =>
    p.id === 'what_happened' ? { ...p, behaviour: { ...p.behaviour!, worksWith: ['what_would_you_do'] } } : p,
  ),
};

describe('the order of the conversation after voting', () => {
  it.each<{ situation: string; state: LiveSessionState; order: string[]; byDots: boolean }>([
    {
      situation: 'before anyone voted: as written',
      state: room(INCIDENT_TALKING_ON, 'what_happened', { entries: answers }),
      order: ['a', 'b', 'c'],
      byDots: false,
    },
    {
      situation: 'while voting, also where the dots are visible: the cards stay put',
      state: room(INCIDENT_TALKING_ON, 'compare', { entries: answers, votes: dots('compare', { c: 3, b: 1 }) }),
      order: ['a', 'b', 'c'],
      byDots: false,
    },
    {
      situation: 'after the voting phase closed: most dots first, counted over all voters',
      state: room(INCIDENT_TALKING_ON, 'what_happened', {
        entries: answers,
        votes: [...dots('compare', { b: 1, c: 1 }), ...dots('compare', { c: 1 }, BRAM), ...dots('compare', { b: 2 }, null)],
      }),
      order: ['b', 'c', 'a'],
      byDots: true,
    },
    {
      situation: 'equal dots: in the order written, whatever the order the entries arrived in',
      state: room(INCIDENT_TALKING_ON, 'what_happened', {
        entries: [answers[2], answers[1], answers[0]],
        votes: dots('compare', { c: 2, a: 2 }),
      }),
      order: ['a', 'c', 'b'],
      byDots: true,
    },
    {
      situation: 'dots still hidden (the voting phase not closed, the moderator went back past it): as written',
      state: room(INCIDENT_TALKING_ON, 'what_happened', {
        entries: answers,
        closedPhaseIds: ['incident', 'facts', 'decision_moment', 'what_would_you_do'],
        votes: dots('compare', { c: 2 }),
      }),
      order: ['a', 'b', 'c'],
      byDots: false,
    },
    {
      situation: 'a phase that votes again on voted cards: the earlier phase’s dots set the order, the new ones do not move them',
      state: room(DILEMMA_METHOD, 'dialogue', {
        entries: [card('x', 'own_weighing', 1), card('y', 'own_weighing', 2)],
        votes: [...dots('own_weighing', { y: 2 }), ...dots('dialogue', { x: 3 })],
      }),
      order: ['y', 'x'],
      byDots: true,
    },
    {
      situation: 'the session is over: nothing is ordered any more',
      state: room(INCIDENT_TALKING_ON, 'what_happened', { status: 'closed', entries: answers, votes: dots('compare', { c: 2 }) }),
      order: ['a', 'b', 'c'],
      byDots: false,
    },
  ])('$situation', ({ state, order, byDots }) => {
    expect(discussionEntries(state, state.entries).map((e) => e.id)).toEqual(order);
    const board = discussionBoard(state, state.entries);
    expect(board.byDots).toBe(byDots);
    expect(board.groups.flatMap((g) => g.entries.map((e) => e.id))).toEqual(order);
  });

  const groups: LiveGroup[] = [
    { id: 'rest', phaseId: 'compare', label: 'Rust' },
    { id: 'safe', phaseId: 'compare', label: 'Veiligheid' },
  ];
  const grouped = [
    card('a', 'what_would_you_do', 1, 'rest'),
    card('b', 'what_would_you_do', 2, 'safe'),
    card('c', 'what_would_you_do', 3, 'safe'),
    card('d', 'what_would_you_do', 4),
  ];
  const shape = (board: ReturnType<typeof discussionBoard<LiveEntry>>) =>
    board.groups.map((g) => [g.group?.label ?? null, g.entries.map((e) => e.id)]);

  it('puts the group with most dots together first, its cards by dots, the loose cards last', () => {
    const state = room(INCIDENT_TALKING_ON, 'what_happened', {
      entries: grouped,
      groups,
      votes: dots('compare', { a: 2, b: 1, c: 2, d: 3 }),
    });
    expect(shape(discussionBoard(state, grouped))).toEqual([
      ['Veiligheid', ['c', 'b']],
      ['Rust', ['a']],
      [null, ['d']],
    ]);
  });

  it('keeps the groups in the order they were made while the phase groups, so a dropped card makes nothing jump', () => {
    const state = room(DILEMMA_METHOD, 'dialogue', {
      entries: grouped.map((e) => ({ ...e, phaseId: 'own_weighing' })),
      groups,
      votes: dots('own_weighing', { b: 1, c: 2 }),
    });
    expect(shape(discussionBoard(state, state.entries))).toEqual([
      ['Rust', ['a']],
      ['Veiligheid', ['c', 'b']],
      [null, ['d']],
    ]);
  });
});
