import { FindingTypeId, MirrorThemeId } from '../lenses/peer-visit';
import { MomentOfDay } from './types';
import { NO_GUARD_ANSWERS, NoteGuardAnswers, NoteRefusal } from './notebook-guard';

/**
 * Synchronising the visit notebook (domain guide §6.4): beelden are written
 * on a phone, also without signal, kept on the device and sent when the
 * connection is back — exactly once, and when two edits of one note meet
 * (the same visitor on two devices) both are kept for the author to choose.
 * Nothing is ever silently dropped. These are the rules, shared by the
 * server (deciding an edit) and the device (keeping its queue).
 */
export interface NoteFields {
  readonly body: string;
  readonly findingType: FindingTypeId;
  /** Core values of the mensperspectief the beeld is about. */
  readonly valueIds: readonly string[];
  readonly mirrorThemeId: MirrorThemeId | null;
  readonly momentOfDay: MomentOfDay | null;
  /** About the host's focus question ("waar wil ik een spiegel op?"). */
  readonly aboutFocus: boolean;
  /** Withdrawn by the author; kept as a tombstone so other devices learn of it. */
  readonly deleted: boolean;
}

/** One change of one note as a device sends it. */
export interface NoteEdit {
  /** Chosen by the device when the note is first written; the note's identity everywhere. */
  readonly clientId: string;
  /** Chosen by the device for this change; a replay with the same id is recognised. */
  readonly editId: string;
  /** The server revision this change was made on (0 for a new note). */
  readonly baseRevision: number;
  /**
   * Earlier changes of this device that were sent but not confirmed (the
   * answer may have been lost): if the server's latest state is one of
   * them, this change simply continues it.
   */
  readonly priorEditIds: readonly string[];
  readonly fields: NoteFields;
}

export interface ServerNoteState {
  readonly revision: number;
  readonly lastEditId: string;
  readonly fields: NoteFields;
}

/**
 * created/applied/unchanged: the note now holds this change; conflict: the
 * note was changed elsewhere since, so this change is kept beside it for the
 * author to choose. A replay answers with the outcome it had the first time.
 */
export type EditOutcome = 'created' | 'applied' | 'unchanged' | 'conflict';

export function sameFields(a: NoteFields, b: NoteFields): boolean {
  return (
    a.body === b.body &&
    a.findingType === b.findingType &&
    a.mirrorThemeId === b.mirrorThemeId &&
    a.momentOfDay === b.momentOfDay &&
    a.aboutFocus === b.aboutFocus &&
    a.deleted === b.deleted &&
    a.valueIds.length === b.valueIds.length &&
    a.valueIds.every((id) => b.valueIds.includes(id))
  );
}

/** The server's rule for a change it has not seen before. */
export function decideEdit(current: ServerNoteState | null, edit: NoteEdit): { outcome: EditOutcome; next: ServerNoteState } {
  if (!current) return { outcome: 'created', next: { revision: 1, lastEditId: edit.editId, fields: edit.fields } };
  if (sameFields(current.fields, edit.fields)) return { outcome: 'unchanged', next: current };
  if (edit.baseRevision === current.revision || edit.priorEditIds.includes(current.lastEditId)) {
    return { outcome: 'applied', next: { revision: current.revision + 1, lastEditId: edit.editId, fields: edit.fields } };
  }
  return { outcome: 'conflict', next: current };
}

/** A note as the device keeps it: what the author sees, and what still has to go to the server. */
export interface LocalNote {
  readonly clientId: string;
  readonly visitId: string;
  readonly authorId: string;
  readonly fields: NoteFields;
  /** The server revision `fields` was last in step with (0: never reached the server). */
  readonly serverRevision: number;
  /** A change not yet confirmed by the server; null when in step. */
  readonly pending: PendingEdit | null;
  readonly createdAt: string;
}

export interface PendingEdit {
  readonly editId: string;
  readonly baseRevision: number;
  readonly priorEditIds: readonly string[];
  /** The author's answers to the content guard for this change (absent in notes kept before they existed: none). */
  readonly answers?: NoteGuardAnswers;
  /** The server refused this change at sync (notebook-guard.ts): it waits, unsent, for the author's answer or an edit. */
  readonly refusal?: NoteRefusal | null;
}

/** Writes or changes a note on the device; `editId` is a fresh id for this change, `answers` what the author said to the guard. */
export function editLocally(note: LocalNote, fields: NoteFields, editId: string, answers: NoteGuardAnswers = NO_GUARD_ANSWERS): LocalNote {
  const pending = note.pending
    ? // Still unconfirmed: the earlier change may have arrived, so this one continues it.
      { editId, baseRevision: note.pending.baseRevision, priorEditIds: [...note.pending.priorEditIds, note.pending.editId], answers }
    : { editId, baseRevision: note.serverRevision, priorEditIds: [], answers };
  return { ...note, fields, pending };
}

export function newLocalNote(
  ids: { clientId: string; visitId: string; authorId: string; editId: string },
  fields: NoteFields,
  now: string,
  answers: NoteGuardAnswers = NO_GUARD_ANSWERS,
): LocalNote {
  return {
    clientId: ids.clientId,
    visitId: ids.visitId,
    authorId: ids.authorId,
    fields,
    serverRevision: 0,
    pending: { editId: ids.editId, baseRevision: 0, priorEditIds: [], answers },
    createdAt: now,
  };
}

export function editToSend(note: LocalNote): NoteEdit | null {
  return note.pending
    ? {
        clientId: note.clientId,
        editId: note.pending.editId,
        baseRevision: note.pending.baseRevision,
        priorEditIds: note.pending.priorEditIds,
        fields: note.fields,
      }
    : null;
}

export interface EditResult {
  readonly clientId: string;
  readonly editId: string;
  readonly outcome: EditOutcome;
  /** The note on the server after the change. */
  readonly note: ServerNoteState;
}

/**
 * Takes the server's answer to a sent change. When the author changed the
 * note again while it was on its way, the newer change stays queued; it is
 * rebased only when the server's state is exactly the sent change, so a
 * change from another device is never overwritten unseen.
 */
export function applyEditResult(note: LocalNote, result: EditResult): LocalNote {
  if (!note.pending) return note;
  if (note.pending.editId === result.editId) {
    // In step with the server; after a conflict the author's version waits on the server to be chosen.
    return { ...note, fields: result.note.fields, serverRevision: result.note.revision, pending: null };
  }
  if (result.outcome !== 'conflict' && result.note.lastEditId === result.editId) {
    return {
      ...note,
      serverRevision: result.note.revision,
      pending: { ...note.pending, baseRevision: result.note.revision, priorEditIds: [] },
    };
  }
  return note;
}

/** A note as the server lists it, to bring the device up to date. */
export interface ServerNote extends ServerNoteState {
  readonly clientId: string;
  readonly visitId: string;
  readonly authorId: string;
  readonly createdAt: string;
}

/** The device's copy after hearing the server's: queued changes always win on the device until sent. */
export function mergeServerNote(local: LocalNote | undefined, server: ServerNote): LocalNote {
  if (!local) {
    return {
      clientId: server.clientId,
      visitId: server.visitId,
      authorId: server.authorId,
      fields: server.fields,
      serverRevision: server.revision,
      pending: null,
      createdAt: server.createdAt,
    };
  }
  if (local.pending || server.revision < local.serverRevision) return local;
  return { ...local, fields: server.fields, serverRevision: server.revision };
}

export function unsynchronised(notes: readonly LocalNote[]): LocalNote[] {
  return notes.filter((n) => n.pending !== null);
}

/** The changes to send now: unsynchronised, and not refused at sync (those wait for their author). */
export function readyToSend(notes: readonly LocalNote[]): LocalNote[] {
  return notes.filter((n) => n.pending !== null && !n.pending.refusal);
}
