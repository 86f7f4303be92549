import {
  applyEditResult,
  editLocally,
  editToSend,
  type LocalNote,
  mergeServerNote,
  newLocalNote,
  type NoteFields,
  type NoteGuardAnswers,
  NO_GUARD_ANSWERS,
  PEER_VISIT_LIMITS,
  readyToSend,
  refusedNotesOfBatch,
  type ServerNote,
  unsynchronised,
} from '@kring/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAuth } from '../../app/auth';
import { asGraphqlError, type GraphqlError, request } from '../../graphql/client';
import { SessionDocument } from '../../graphql/documents/app';
import {
  NotebookProcedureDocument,
  PeerVisitDocument,
  ResolveNoteConflictDocument,
  SyncVisitNotesDocument,
  VisitNotebookDocument,
} from '../../graphql/documents/peer-visits';
import type { ConflictChoice, VisitNotebookQuery, VisitNotePartsFragment } from '../../graphql/generated';
import { erasedOnServer } from './closed-notebook';
import {
  deleteNotes,
  forgetNotebooks,
  type Forgetting,
  forgets,
  notesOfVisit,
  offlineVisit,
  type OfflineVisit,
  saveNotes,
  saveOfflineVisit,
} from './note-store';

export type NoteConflict = VisitNotebookQuery['visitNotebook']['conflicts'][number];

/**
 * Why the notebook no longer shows what the device held (note-store: forgetNotebooks), with what that did here: whether
 * anything was erased, how many of the viewer's unsent beelden stay out of sight until they log in again (`kept`), and
 * how many unsent ones went with the rest (`lost`).
 */
export interface LetGo {
  why: 'session_ended' | 'not_yours';
  erased: boolean;
  kept: number;
  lost: number;
}

/** How often a device with unsent beelden tries again, besides when the browser says it is back online. */
const RETRY_MS = 15_000;

function serverNote(visitId: string, note: VisitNotePartsFragment): ServerNote {
  return {
    clientId: note.clientId,
    visitId,
    authorId: note.author?.id ?? '',
    createdAt: note.createdAt,
    revision: note.revision,
    lastEditId: note.lastEditId,
    fields: {
      body: note.body,
      findingType: note.findingType,
      valueIds: note.valueIds,
      mirrorThemeId: (note.mirrorThemeId ?? null) as NoteFields['mirrorThemeId'],
      momentOfDay: note.momentOfDay ?? null,
      aboutFocus: note.aboutFocus,
      deleted: note.deleted,
    },
  };
}

/**
 * The visit notebook on a phone: beelden are written to the device first
 * and sent when there is a connection — after each change, when the browser
 * comes back online, and every few seconds while something is unsent. The
 * rules of what is sent and how answers are taken are in @kring/domain
 * (notebook-sync); this hook only moves notes between screen, device and
 * server.
 */
export function useNotebook(visitId: string) {
  const notes = useRef(new Map<string, LocalNote>());
  const [visit, setVisit] = useState<OfflineVisit | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [revision, setRevision] = useState(0);
  const [conflicts, setConflicts] = useState<NoteConflict[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [letGo, setLetGo] = useState<LetGo | null>(null);
  const { refresh } = useAuth();
  const busy = useRef(false);
  const again = useRef(false);
  const visitRef = useRef<OfflineVisit | null>(null);

  const keep = useCallback(async (changed: LocalNote[]) => {
    for (const note of changed) notes.current.set(note.clientId, note);
    setRevision((n) => n + 1);
    await saveNotes(changed);
  }, []);

  /** The server's side: the visit, the viewer and every note, merged into the device's copy. */
  const pull = useCallback(async () => {
    const [session, visitData, notebook] = await Promise.all([
      request(SessionDocument),
      request(PeerVisitDocument, { visitId }),
      request(VisitNotebookDocument, { visitId }),
    ]);
    // The visit answered, so there is a session; `me` is its person.
    const personId = session.me!.person.id;
    const v = visitData.peerVisit;
    const authors = Object.fromEntries(
      notebook.visitNotebook.notes.flatMap((n) => (n.author ? [[n.author.id, n.author.displayName]] : [])),
    );
    // The organisation's own procedure travels with the offline data; when it cannot be read, the last one kept stays.
    const procedure = await request(NotebookProcedureDocument, { organisationId: v.visitor.id }).then(
      ({ organisation: o }) => ({ ...o.escalationProcedure, organisationName: o.name }),
      () => visitRef.current?.procedure,
    );
    const next: OfflineVisit = {
      visitId,
      personId,
      hostName: v.host.name,
      focusQuestion: v.focusQuestion,
      valueIds: v.lens.valueIds,
      mirrorThemeIds: v.lens.mirrorThemeIds,
      residentTerm: v.pack.residentTerm,
      open: notebook.visitNotebook.open,
      status: v.status,
      reportStatus: notebook.visitNotebook.reportStatus,
      authors: { ...visitRef.current?.authors, ...authors },
      procedure,
      savedAt: new Date().toISOString(),
    };
    visitRef.current = next;
    setVisit(next);
    await saveOfflineVisit(next);
    const merged = notebook.visitNotebook.notes.map((n) => mergeServerNote(notes.current.get(n.clientId), serverNote(visitId, n)));
    await keep(merged.filter((note) => note !== notes.current.get(note.clientId)));
    // What the server erased under its retention rule (left out of the closed report) goes from this device too.
    const erased = erasedOnServer([...notes.current.values()], new Set(notebook.visitNotebook.notes.map((n) => n.clientId)));
    if (erased.length > 0) {
      for (const note of erased) notes.current.delete(note.clientId);
      setRevision((n) => n + 1);
      await deleteNotes(erased.map((note) => note.clientId));
    }
    setConflicts(notebook.visitNotebook.conflicts);
  }, [visitId, keep]);

  /**
   * The server refuses this device the notebook: the session ended (logged out elsewhere, a new password) or the
   * notebook is not the viewer's (not, or no longer, in the visiting team, or the host). What the device held goes at
   * once, from the screen too, as note-store's Forgetting says. Any other failure is only shown.
   */
  const refused = useCallback(
    async (failure: GraphqlError): Promise<boolean> => {
      const why =
        failure.code === 'UNAUTHENTICATED'
          ? 'session_ended'
          : failure.code === 'VISIT_VISITORS_ONLY' || failure.code === 'NOT_FOUND'
            ? 'not_yours'
            : null;
      if (!why) return false;
      const forgetting: Forgetting = why === 'not_yours' ? { notYours: visitId } : why;
      const held = [...notes.current.values()];
      const stays = held.filter((note) => !forgets(forgetting, note, visitRef.current ?? undefined));
      // Off the screen first, whatever the device's store answers.
      notes.current = new Map(stays.map((note) => [note.clientId, note]));
      visitRef.current = null;
      setVisit(null);
      setConflicts([]);
      setRevision((n) => n + 1);
      const erased = await forgetNotebooks(forgetting);
      // The rest of the app still holds the ended session: its login page would send the person straight back here.
      if (why === 'session_ended') await refresh();
      const next: LetGo = { why, erased, kept: stays.length, lost: unsynchronised(held).length - stays.length };
      // A later try finds nothing left to erase; what the screen says is what happened the first time.
      setLetGo((before) => (before?.why === why ? before : next));
      return true;
    },
    [visitId, refresh],
  );

  /**
   * Sends what is unsent, in batches, until nothing is left or the server refuses. Each note carries its author's
   * own answers to the content guard; when the server's guard refuses the batch, the notes it names keep their
   * change with the refusal (shown with the note, waiting for the author) and the rest is sent again.
   */
  const push = useCallback(async () => {
    const me = visitRef.current?.personId;
    if (!me) return;
    const ready = () => readyToSend([...notes.current.values()].filter((n) => n.authorId === me));
    let queue = ready();
    while (queue.length > 0) {
      const batch = queue.slice(0, PEER_VISIT_LIMITS.maxEditsPerSync);
      const edits = batch.map((note) => {
        const edit = editToSend(note)!;
        const answers = note.pending?.answers ?? NO_GUARD_ANSWERS;
        return {
          clientId: edit.clientId,
          editId: edit.editId,
          baseRevision: edit.baseRevision,
          priorEditIds: [...edit.priorEditIds],
          ...edit.fields,
          valueIds: [...edit.fields.valueIds],
          // Checked on this device before it was kept (NoteForm); the server checks again with what only it knows, and
          // what it found is confirmed by id (acknowledgedFindings, named from this note) once its refusal was shown.
          acknowledgeWarnings: answers.acknowledged,
          acknowledgedFindings: [...(answers.acknowledgedFindings ?? [])],
          keepFlaggedText: answers.keptFlagged,
          escalationPromptId: answers.promptId || null,
        };
      });
      let results;
      try {
        results = (await request(SyncVisitNotesDocument, { input: { visitId, edits } })).syncVisitNotes;
      } catch (e) {
        const failure = asGraphqlError(e);
        const refused = refusedNotesOfBatch(
          { code: failure.code, message: failure.message, findings: failure.findings, escalation: failure.escalation ?? null },
          batch,
        );
        if (refused.size === 0) throw e;
        await keep(
          batch.flatMap((note) => {
            const refusal = refused.get(note.clientId);
            return refusal && note.pending ? [{ ...note, pending: { ...note.pending, refusal } }] : [];
          }),
        );
        queue = ready();
        continue;
      }
      const answered = results.map((result) => {
        const current = notes.current.get(result.clientId)!;
        const state = serverNote(visitId, result.note);
        return applyEditResult(current, { clientId: result.clientId, editId: result.editId, outcome: result.outcome, note: state });
      });
      await keep(answered);
      queue = ready();
      // A note changed while its batch was on the way stays queued; stop when a round made no progress.
      if (
        queue.length >= batch.length &&
        batch.every((n) => queue.some((q) => q.clientId === n.clientId && q.pending?.editId === n.pending?.editId))
      )
        break;
    }
  }, [visitId, keep]);

  const sync = useCallback(async () => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setSyncing(true);
    try {
      do {
        again.current = false;
        if (!visitRef.current) await pull();
        await push();
        await pull();
      } while (again.current);
      setError(null);
      setLetGo(null);
      // Answered, but the browser may have gone offline while the answer was on its way (a page just opened, then the
      // phone loses its signal): the status must then say so at once, not at the next try 15 s later.
      setOnline(navigator.onLine);
    } catch (e) {
      const failure = asGraphqlError(e);
      if (failure.code === 'NETWORK') setOnline(false);
      else if (!(await refused(failure))) setError(failure.message);
    } finally {
      busy.current = false;
      setSyncing(false);
    }
  }, [pull, push, refused]);

  // First what the device holds, then whatever the server adds.
  useEffect(() => {
    let live = true;
    void Promise.all([notesOfVisit(visitId), offlineVisit(visitId)]).then(([stored, storedVisit]) => {
      if (!live) return;
      notes.current = new Map(stored.map((n) => [n.clientId, n]));
      visitRef.current = storedVisit ?? null;
      setVisit(storedVisit ?? null);
      setRevision((n) => n + 1);
      setLoaded(true);
      void sync();
    });
    return () => {
      live = false;
    };
  }, [visitId, sync]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [sync]);

  // notes is a ref: revision is what says its contents changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const all = useMemo(() => [...notes.current.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [revision]);
  const mine = all.filter((n) => n.authorId === visit?.personId);
  const pending = unsynchronised(mine).length;
  const waiting = mine.filter((n) => n.pending?.refusal).length;

  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(() => void sync(), RETRY_MS);
    return () => clearInterval(timer);
  }, [pending, sync]);

  const write = useCallback(
    async (clientId: string | null, fields: NoteFields, answers: NoteGuardAnswers = NO_GUARD_ANSWERS) => {
      const me = visitRef.current?.personId;
      if (!me) return;
      const existing = clientId ? notes.current.get(clientId) : undefined;
      const note = existing
        ? editLocally(existing, fields, crypto.randomUUID(), answers)
        : newLocalNote(
            { clientId: crypto.randomUUID(), visitId, authorId: me, editId: crypto.randomUUID() },
            fields,
            new Date().toISOString(),
            answers,
          );
      await keep([note]);
      if (navigator.onLine) void sync();
    },
    [visitId, keep, sync],
  );

  /** The author answers a refusal at sync ("Ik heb dit gecontroleerd", "Toch bewaren"): the same change is sent again. */
  const answer = useCallback(
    async (clientId: string, answers: Partial<NoteGuardAnswers>) => {
      const note = notes.current.get(clientId);
      if (!note?.pending) return;
      const given = { ...(note.pending.answers ?? NO_GUARD_ANSWERS), ...answers };
      await keep([{ ...note, pending: { ...note.pending, answers: given, refusal: null } }]);
      if (navigator.onLine) void sync();
    },
    [keep, sync],
  );

  const resolve = useCallback(
    async (conflictId: string, choice: ConflictChoice) => {
      try {
        await request(ResolveNoteConflictDocument, { input: { conflictId, choice } });
        await pull();
        setError(null);
      } catch (e) {
        const failure = asGraphqlError(e);
        if (!(await refused(failure))) setError(failure.message);
      }
    },
    [pull, refused],
  );

  return {
    loaded,
    visit,
    mine: mine.filter((n) => !n.fields.deleted),
    // Another person's beeld still unsent is a leftover of their login on this device (kept when their session ended,
    // note-store): theirs to send, not this viewer's to read.
    others: all.filter((n) => n.authorId !== visit?.personId && n.pending === null && !n.fields.deleted),
    pending,
    waiting,
    conflicts,
    online,
    syncing,
    error,
    letGo,
    write,
    answer,
    sync,
    resolve,
  };
}
