import { noteRoomVersion, roomBehind } from '../live-room/sync';
import { MirrorEvent, MirrorEventBody, MirrorLiveNote, MirrorLiveState, MirrorLiveStatement } from './live';
import { applyMirrorEvent, mirrorNeedsSnapshot, mirrorSyncFromSnapshot, receiveMirrorEvent } from './live-reducer';

const ID = '11111111-1111-4111-8111-111111111111';

function state(version = 4): MirrorLiveState {
  return {
    conversationId: ID,
    version,
    view: 'console',
    role: 'moderator',
    theme: 'Thuis',
    status: 'planned',
    questions: [{ id: 'q1', position: 1, body: 'Wat doet u graag?', themeIds: [] }],
    currentQuestionId: null,
    closingRound: false,
    escalationProcedure: '',
    participants: [],
    statements: [],
    notes: [],
    clarifyingQuestions: [],
  };
}

const at = '2026-12-03T07:00:00.000Z';
const event = (version: number, body: MirrorEventBody): MirrorEvent => ({ ...body, conversationId: ID, version, at });
const statement = (id: string, body: string): MirrorLiveStatement => ({
  id,
  questionId: 'q1',
  participantId: null,
  body,
  themeIds: [],
  valueTags: [],
  quotable: false,
  createdAt: at,
  editedAt: null,
});
const note = (id: string, kind: 'note' | 'question'): MirrorLiveNote => ({
  id,
  kind,
  body: 'Even noteren',
  questionId: null,
  asked: false,
  mine: true,
  createdAt: at,
});

describe('applyMirrorEvent', () => {
  it('applies every kind of change a screen may see, in version order', () => {
    let s = applyMirrorEvent(
      state(),
      event(5, { type: 'conversationChanged', status: 'live', currentQuestionId: 'q1', closingRound: false }),
    );
    s = applyMirrorEvent(s, event(6, { type: 'statementSaved', statement: statement('s1', 'Zij houdt van koffie.') }));
    s = applyMirrorEvent(s, event(7, { type: 'statementSaved', statement: statement('s1', 'Zij houdt van thee.') }));
    s = applyMirrorEvent(s, event(8, { type: 'noteAdded', note: note('n1', 'note') }));
    s = applyMirrorEvent(s, event(9, { type: 'noteAdded', note: note('n2', 'question') }));
    s = applyMirrorEvent(s, event(10, { type: 'questionAsked', noteId: 'n2', asked: true }));
    s = applyMirrorEvent(s, event(11, { type: 'unseen' }));
    expect(s).toMatchObject({ version: 11, status: 'live', currentQuestionId: 'q1' });
    expect(s.statements.map((x) => x.body)).toEqual(['Zij houdt van thee.']);
    expect(s.notes.map((n) => n.id)).toEqual(['n1']);
    expect(s.clarifyingQuestions).toEqual([{ ...note('n2', 'question'), asked: true }]);
    s = applyMirrorEvent(s, event(12, { type: 'noteRemoved', noteId: 'n1' }));
    s = applyMirrorEvent(s, event(13, { type: 'statementRemoved', statementId: 's1' }));
    expect(s).toMatchObject({ version: 13, notes: [], statements: [] });
  });

  it('ignores an event of another conversation or out of order, and cannot apply a refresh', () => {
    const s = state();
    expect(applyMirrorEvent(s, { ...event(5, { type: 'unseen' }), conversationId: 'other' })).toBe(s);
    expect(applyMirrorEvent(s, event(6, { type: 'unseen' }))).toBe(s);
    expect(applyMirrorEvent(s, event(5, { type: 'refresh' }))).toBe(s);
    expect(mirrorNeedsSnapshot(event(5, { type: 'refresh' }))).toBe(true);
  });
});

describe('receiveMirrorEvent', () => {
  it('holds an early event until the gap fills, and stays behind on a refresh', () => {
    let sync = mirrorSyncFromSnapshot(state());
    sync = receiveMirrorEvent(sync, event(6, { type: 'unseen' }));
    expect(roomBehind(sync)).toBe(true);
    sync = receiveMirrorEvent(sync, event(5, { type: 'unseen' }));
    expect(sync.state.version).toBe(6);
    expect(roomBehind(sync)).toBe(false);
    sync = receiveMirrorEvent(sync, event(7, { type: 'refresh' }));
    expect(sync.state.version).toBe(6);
    expect(roomBehind(sync)).toBe(true);
  });

  it('notices from the beacon that the last event of a burst is missing', () => {
    let sync = mirrorSyncFromSnapshot(state());
    sync = receiveMirrorEvent(sync, event(5, { type: 'unseen' }));
    expect(roomBehind(sync)).toBe(false);
    sync = noteRoomVersion(sync, 6);
    expect(roomBehind(sync)).toBe(true);
    expect(roomBehind(mirrorSyncFromSnapshot(state(6)))).toBe(false);
  });
});
