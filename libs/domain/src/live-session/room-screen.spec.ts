import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { roomScreenBoard } from './room-screen';
import { LiveEntry, LiveSessionState } from './types';
import { ANNA, liveEntry, liveState, SANNE } from './live-state.fixture';

const MODERATOR = SANNE;
const phases = INCIDENT_METHOD.phases;
const at = (phaseId: string) => phases.findIndex((p) => p.id === phaseId);

/** The shared screen, logged in as the moderator, in the incidentmethode. */
function screen(phaseId: string, patch: Partial<LiveSessionState> = {}): LiveSessionState {
  const index = at(phaseId);
  return liveState({
    currentPhaseIndex: index,
    closedPhaseIds: phases.slice(0, index).map((p) => p.id),
    viewer: { personId: MODERATOR, isModerator: true, ownEntryIds: [] },
    ...patch,
  });
}

function entry(id: string, phaseId: string, authorId: string | null, patch: Partial<LiveEntry> = {}): LiveEntry {
  return liveEntry(id, phaseId, { body: `kaart ${id}`, authorId, createdAt: '2026-12-03T10:00:00.000Z', ...patch });
}

const ids = (board: ReturnType<typeof roomScreenBoard>) => board.groups.flatMap((g) => g.cards.map((c) => c.id));

describe('the room screen board', () => {
  it('leaves out writing that waits for the reveal, also the screen owner’s own, until the moderator reveals it', () => {
    const entries = [entry('own', 'what_would_you_do', MODERATOR), entry('room', 'what_would_you_do', null, { forRoom: true })];
    const before = roomScreenBoard(
      screen('what_would_you_do', { entries, viewer: { personId: MODERATOR, isModerator: true, ownEntryIds: ['own'] } }),
    );
    expect(ids(before)).toEqual(['room']);
    expect(before.writingPrivate).toBe(true);
    const after = roomScreenBoard(screen('what_would_you_do', { entries, revealedPhaseIds: ['what_would_you_do'] }));
    expect(ids(after)).toEqual(['own', 'room']);
    expect(after.writingPrivate).toBe(false);
  });

  it('shows no dots while the phase hides them, and the totals once it has closed, most dotted first', () => {
    const entries = [entry('a', 'what_would_you_do', ANNA), entry('b', 'what_would_you_do', MODERATOR)];
    const votes = [{ phaseId: 'compare', entryId: 'b', voterId: MODERATOR, count: 2 }];
    const voting = roomScreenBoard(screen('compare', { entries, votes }));
    expect(voting.votesHidden).toBe(true);
    expect(voting.groups.flatMap((g) => g.cards.map((c) => c.dots))).toEqual([null, null]);
    expect(ids(voting)).toEqual(['a', 'b']);

    const talking = roomScreenBoard(
      screen('what_happened', { entries, votes: [...votes, { phaseId: 'compare', entryId: 'a', voterId: ANNA, count: 1 }] }),
    );
    expect(talking.votesHidden).toBe(false);
    // "Wat is er gebeurd?" does not work with the answers; the board is what the phase works with.
    expect(ids(talking)).toEqual([]);
  });

  it('orders the cards by dots after voting when the next phase still works with them', () => {
    const phasesLater = phases.map((p) =>
      p.id === 'what_happened' ? { ...p, behaviour: { ...p.behaviour!, worksWith: ['what_would_you_do'] } } : p,
    );
    const entries = [entry('a', 'what_would_you_do', ANNA), entry('b', 'what_would_you_do', MODERATOR)];
    const votes = [
      { phaseId: 'compare', entryId: 'b', voterId: MODERATOR, count: 2 },
      { phaseId: 'compare', entryId: 'a', voterId: ANNA, count: 1 },
    ];
    const board = roomScreenBoard(screen('what_happened', { phases: phasesLater, entries, votes }));
    expect(ids(board)).toEqual(['b', 'a']);
    expect(board.groups[0].cards.map((c) => c.dots)).toEqual([2, 1]);
    expect(board.orderedByDots).toBe(true);
  });

  it('keeps groups with their cards and the loose cards last', () => {
    const entries = [entry('a', 'what_would_you_do', ANNA, { groupId: 'g' }), entry('b', 'what_would_you_do', ANNA)];
    const board = roomScreenBoard(
      screen('compare', {
        entries,
        groups: [
          { id: 'g', phaseId: 'compare', label: 'Rust' },
          { id: 'empty', phaseId: 'compare', label: 'Leeg' },
        ],
      }),
    );
    expect(board.groups.map((g) => [g.label, g.cards.map((c) => c.id)])).toEqual([
      ['Rust', ['a']],
      [null, ['b']],
    ]);
  });

  it('carries nothing personal: no names, no person ids, not who wrote or dotted', () => {
    const entries = [entry('a', 'what_would_you_do', ANNA), entry('b', 'what_would_you_do', MODERATOR, { anonymous: true })];
    const state = screen('compare', {
      entries,
      votes: [{ phaseId: 'compare', entryId: 'a', voterId: MODERATOR, count: 1 }],
      tags: [{ id: 't', phaseId: 'compare', entryId: 'a', itemId: 'autonomy', direction: 'visible_strength' }],
    });
    const shown = JSON.stringify(roomScreenBoard(state));
    for (const secret of [MODERATOR, ANNA, 'Sanne', 'Anna', 'key-a']) expect(shown).not.toContain(secret);
    expect(shown).toContain('kaart a');
  });

  it('is empty before the session starts and after it ends', () => {
    const entries = [entry('a', 'what_would_you_do', ANNA)];
    expect(roomScreenBoard(screen('what_would_you_do', { status: 'planned', entries })).groups).toEqual([]);
    expect(roomScreenBoard(screen('compare', { status: 'closed', entries })).groups).toEqual([]);
  });
});
