import { DILEMMA_METHOD } from '../methods/shipped/dilemma-method';
import { MethodPhase } from '../methods/types';
import { ANNA, BRAM, SANNE } from './live-state.fixture';
import { DotViewer, RoomDisclosureState, RoomDot, voteSight, VoteSight, votesForRoom, votesSeenBy } from './visibility';

/**
 * The dilemma method: in "Eigen afweging" (own_weighing) everyone writes alone first (private until the reveal) and
 * the dots stay hidden until the phase closes; "Dialoog" (dialogue) works with those weighings and shows its dots.
 */
const phases = DILEMMA_METHOD.phases;
/** The same method where the own weighing shows its dots at once (a method of the organisation's own could say so). */
const openDotsPhases: MethodPhase[] = phases.map((p) =>
  p.id === 'own_weighing' ? { ...p, behaviour: { ...p.behaviour!, votesHiddenUntilClose: false } } : p,
);
const before = phases
  .slice(
    0,
    phases.findIndex((p) => p.id === 'own_weighing'),
  )
  .map((p) => p.id);

const writing: RoomDisclosureState = { phases, revealedPhaseIds: before, closedPhaseIds: before };
const revealed: RoomDisclosureState = { ...writing, revealedPhaseIds: [...before, 'own_weighing'] };
const closed: RoomDisclosureState = { phases, revealedPhaseIds: [...before, 'own_weighing'], closedPhaseIds: [...before, 'own_weighing'] };
const openWriting: RoomDisclosureState = { ...writing, phases: openDotsPhases };
const openRevealed: RoomDisclosureState = { ...revealed, phases: openDotsPhases };

/** Anna's weighing, anonymous for colleagues, and one under her name; the room's own card (one-screen mode). */
const anonymous = { id: 'anonymous', phaseId: 'own_weighing', authorId: ANNA, forRoom: false, anonymous: true };
const named = { ...anonymous, id: 'named', anonymous: false };
const forRoom = { id: 'room-card', phaseId: 'alternatives', authorId: null, forRoom: true, anonymous: false };

const dot = (entry: RoomDot['entry'], voterId: string | null, phaseId = 'own_weighing', count = 1): RoomDot => ({
  phaseId,
  voterId,
  count,
  entry,
});
const anna = { personId: ANNA, isModerator: false };
const bram = { personId: BRAM, isModerator: false };
const sanne = { personId: SANNE, isModerator: true };

describe('what a screen may know of a dot (voteSight)', () => {
  it.each<{ situation: string; room: RoomDisclosureState; dot: RoomDot; sights: [DotViewer, VoteSight][] }>([
    {
      situation: 'hidden dots, private card: only the voter (its author) has her dot, the moderator neither',
      room: writing,
      dot: dot(anonymous, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'nothing'],
        [sanne, 'nothing'],
        ['others', 'nothing'],
      ],
    },
    {
      situation: 'hidden dots, card revealed: still only the voter',
      room: revealed,
      dot: dot(anonymous, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'nothing'],
        [sanne, 'nothing'],
        ['others', 'nothing'],
      ],
    },
    {
      situation: 'phase closed, anonymous card: everyone counts the dot, nobody but its voter knows whose it is',
      room: closed,
      dot: dot(anonymous, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'count'],
        [sanne, 'count'],
        ['others', 'count'],
      ],
    },
    {
      situation: 'phase closed, a card under its author’s name: the dot by name',
      room: closed,
      dot: dot(named, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'voter'],
        [sanne, 'voter'],
        ['others', 'voter'],
      ],
    },
    {
      situation: 'dots shown at once, card still private: nothing about a card the others cannot see',
      room: openWriting,
      dot: dot(anonymous, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'nothing'],
        [sanne, 'nothing'],
        ['others', 'nothing'],
      ],
    },
    {
      situation: 'dots shown at once, private card under a name: nothing before the reveal either',
      room: openWriting,
      dot: dot(named, ANNA),
      sights: [
        [bram, 'nothing'],
        ['others', 'nothing'],
      ],
    },
    {
      situation: 'dots shown at once, anonymous card revealed: counted',
      room: openRevealed,
      dot: dot(anonymous, ANNA),
      sights: [
        [anna, 'voter'],
        [bram, 'count'],
        [sanne, 'count'],
        ['others', 'count'],
      ],
    },
    {
      situation: 'someone else’s dot on an anonymous card: counted for its author too',
      room: closed,
      dot: dot(anonymous, BRAM, 'dialogue'),
      sights: [
        [bram, 'voter'],
        [anna, 'count'],
        [sanne, 'count'],
        ['others', 'count'],
      ],
    },
    {
      situation: 'the room’s dot (one-screen mode) names nobody: by name where dots show',
      room: closed,
      dot: dot(anonymous, null, 'dialogue'),
      sights: [
        [sanne, 'voter'],
        [bram, 'voter'],
        ['others', 'voter'],
      ],
    },
    {
      situation: 'the room’s dot while dots are hidden: the moderator’s alone',
      room: writing,
      dot: dot(forRoom, null),
      sights: [
        [sanne, 'voter'],
        [bram, 'nothing'],
        ['others', 'nothing'],
      ],
    },
  ])('$situation', ({ room, dot, sights }) => {
    expect(sights.map(([viewer]) => [viewer, voteSight(room, dot, viewer)])).toEqual(sights);
  });
});

describe('a snapshot’s dots and a disclosure’s', () => {
  const dots = [
    dot(anonymous, ANNA, 'own_weighing', 2),
    dot(anonymous, BRAM),
    dot(named, ANNA),
    dot(anonymous, BRAM, 'dialogue'),
    dot(anonymous, null, 'dialogue', 3),
  ];

  it('gives each screen its own dots by name and the others’ on an anonymous card as one count', () => {
    expect(votesSeenBy(closed, dots, anna)).toEqual([
      { phaseId: 'own_weighing', entryId: 'anonymous', voterId: ANNA, count: 2 },
      { phaseId: 'own_weighing', entryId: 'named', voterId: ANNA, count: 1 },
      { phaseId: 'dialogue', entryId: 'anonymous', voterId: null, count: 3 },
      { phaseId: 'own_weighing', entryId: 'anonymous', count: 1 },
      { phaseId: 'dialogue', entryId: 'anonymous', count: 1 },
    ]);
    expect(votesSeenBy(closed, dots, sanne)).toEqual([
      { phaseId: 'own_weighing', entryId: 'named', voterId: ANNA, count: 1 },
      { phaseId: 'dialogue', entryId: 'anonymous', voterId: null, count: 3 },
      { phaseId: 'own_weighing', entryId: 'anonymous', count: 3 },
      { phaseId: 'dialogue', entryId: 'anonymous', count: 1 },
    ]);
    // While the weighing hides its dots, Bram has only his own there.
    expect(votesSeenBy(revealed, dots.slice(0, 3), bram)).toEqual([
      { phaseId: 'own_weighing', entryId: 'anonymous', voterId: BRAM, count: 1 },
    ]);
  });

  it('broadcasts everyone’s dots on an anonymous card as one count, never by name', () => {
    expect(votesForRoom(closed, dots)).toEqual({
      named: [
        { phaseId: 'own_weighing', entryId: 'named', voterId: ANNA, count: 1 },
        { phaseId: 'dialogue', entryId: 'anonymous', voterId: null, count: 3 },
      ],
      counted: [
        { phaseId: 'own_weighing', entryId: 'anonymous', count: 3 },
        { phaseId: 'dialogue', entryId: 'anonymous', count: 1 },
      ],
    });
    expect(votesForRoom(writing, dots.slice(0, 3))).toEqual({ named: [], counted: [] });
  });
});
