import { receiveRoomEvent, RoomSync, roomSyncFrom } from '../live-room/sync';
import { MirrorEvent, MirrorLiveNote, MirrorLiveState } from './live';

/**
 * The pure reducer of the live mirror conversation: the next state of one
 * screen after one event, strictly in version order. `refresh` cannot be
 * applied (the change happened outside the room): the state stays behind, so
 * the screen fetches a fresh snapshot (mirrorNeedsSnapshot).
 */
export function applyMirrorEvent(state: MirrorLiveState, event: MirrorEvent): MirrorLiveState {
  if (event.conversationId !== state.conversationId || event.version !== state.version + 1 || event.type === 'refresh') return state;
  return { ...apply(state, event), version: event.version };
}

/** Whether an event asks for a fresh snapshot instead of being applied. */
export function mirrorNeedsSnapshot(event: MirrorEvent): boolean {
  return event.type === 'refresh';
}

function apply(state: MirrorLiveState, event: MirrorEvent): MirrorLiveState {
  switch (event.type) {
    case 'conversationChanged':
      return { ...state, status: event.status, currentQuestionId: event.currentQuestionId, closingRound: event.closingRound };
    case 'statementSaved': {
      const known = state.statements.some((s) => s.id === event.statement.id);
      return {
        ...state,
        statements: known
          ? state.statements.map((s) => (s.id === event.statement.id ? event.statement : s))
          : [...state.statements, event.statement],
      };
    }
    case 'statementRemoved':
      return { ...state, statements: state.statements.filter((s) => s.id !== event.statementId) };
    case 'noteAdded':
      return event.note.kind === 'note'
        ? { ...state, notes: added(state.notes, event.note) }
        : { ...state, clarifyingQuestions: added(state.clarifyingQuestions, event.note) };
    case 'noteRemoved':
      return {
        ...state,
        notes: state.notes.filter((n) => n.id !== event.noteId),
        clarifyingQuestions: state.clarifyingQuestions.filter((n) => n.id !== event.noteId),
      };
    case 'questionAsked':
      return {
        ...state,
        clarifyingQuestions: state.clarifyingQuestions.map((n) => (n.id === event.noteId ? { ...n, asked: event.asked } : n)),
      };
    case 'unseen':
    case 'refresh':
      return state;
  }
}

function added(notes: readonly MirrorLiveNote[], note: MirrorLiveNote): readonly MirrorLiveNote[] {
  return notes.some((n) => n.id === note.id) ? notes : [...notes, note];
}

export type MirrorSync = RoomSync<MirrorLiveState, MirrorEvent>;

export function receiveMirrorEvent(sync: MirrorSync, event: MirrorEvent): MirrorSync {
  if (event.conversationId !== sync.state.conversationId) return sync;
  return receiveRoomEvent(sync, event, applyMirrorEvent);
}

export function mirrorSyncFromSnapshot(state: MirrorLiveState, early: readonly MirrorEvent[] = []): MirrorSync {
  return roomSyncFrom(
    state,
    early.filter((event) => event.conversationId === state.conversationId),
    applyMirrorEvent,
  );
}
