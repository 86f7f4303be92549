import type { EscalationProcedure, LocalNote, ReportStatus, VisitStatus } from '@kring/domain';
import { forgetNoteDrafts } from './note-draft-store';

/**
 * The visit notebook on the device (IndexedDB), so beelden survive a lost
 * connection, a reload and a closed browser until the server has them.
 * A deliberately small wrapper: two stores, each read and written whole.
 */
const DATABASE = 'kring-visit-notebook';
const VERSION = 1;
const NOTES = 'notes';
const VISITS = 'visits';

/** What the notebook needs to open without a connection, saved the last time it opened with one. */
export interface OfflineVisit {
  visitId: string;
  personId: string;
  hostName: string;
  focusQuestion: string;
  valueIds: string[];
  mirrorThemeIds: string[];
  open: boolean;
  /** The visit's and its report's state, to say why a closed notebook is closed (absent in one kept before they were). */
  status?: VisitStatus;
  reportStatus?: ReportStatus;
  /** The host's word for the people it cares for, for the mirror themes (absent in one kept before it was). */
  residentTerm?: string;
  /** Names of the other visitors, by person id, to show whose beelden are whose. */
  authors: Record<string, string>;
  /**
   * The visiting organisation's own complaints officer and incident route, for the escalation prompt the notebook
   * shows on the device (also offline); absent in a notebook saved before it was kept, or when it could not be read.
   */
  procedure?: EscalationProcedure & { organisationName: string };
  savedAt: string;
}

let opening: Promise<IDBDatabase> | null = null;
let askedToPersist = false;

/**
 * Without persistent storage a browser may clear IndexedDB when the device
 * runs short of space, unsent beelden included. Asked once, when the notebook
 * first opens its store; a refusal changes nothing else (the notes are then
 * kept as long as the browser keeps them, as before).
 */
function askPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}

/** `persist: false` when only forgetting (at logout): a person who never used the notebook is not asked to keep it. */
function database(persist = true): Promise<IDBDatabase> {
  if (persist && !askedToPersist) {
    askedToPersist = true;
    askPersistentStorage();
  }
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const notes = db.createObjectStore(NOTES, { keyPath: 'clientId' });
      notes.createIndex('visitId', 'visitId');
      db.createObjectStore(VISITS, { keyPath: 'visitId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function notesOfVisit(visitId: string): Promise<LocalNote[]> {
  const db = await database();
  return result(db.transaction(NOTES).objectStore(NOTES).index('visitId').getAll(visitId));
}

/** Changes the stored notes in one transaction: every change is on the device, or none. */
async function changeNotes<T>(items: readonly T[], change: (store: IDBObjectStore, item: T) => void): Promise<void> {
  if (items.length === 0) return;
  const db = await database();
  const transaction = db.transaction(NOTES, 'readwrite');
  for (const item of items) change(transaction.objectStore(NOTES), item);
  await done(transaction);
}

/** Writes notes in one transaction: all of them are on the device, or none. */
export function saveNotes(notes: readonly LocalNote[]): Promise<void> {
  return changeNotes(notes, (store, note) => store.put(note));
}

/** Removes notes from the device in one transaction (the server erased them: closed-notebook.ts). */
export function deleteNotes(clientIds: readonly string[]): Promise<void> {
  return changeNotes(clientIds, (store, clientId) => store.delete(clientId));
}

export async function offlineVisit(visitId: string): Promise<OfflineVisit | undefined> {
  const db = await database();
  return result(db.transaction(VISITS).objectStore(VISITS).get(visitId));
}

export async function saveOfflineVisit(visit: OfflineVisit): Promise<void> {
  const db = await database();
  const transaction = db.transaction(VISITS, 'readwrite');
  transaction.objectStore(VISITS).put(visit);
  await done(transaction);
}

/**
 * Why the device lets go of visit notebooks. The notebook opens from the device without asking the server (it is
 * routed outside the login check, to work without signal), so what is kept here is what a lost phone or a shared
 * computer shows to whoever opens the address next:
 * - `logged_out`: the person logged out on this device (app/auth.tsx): every notebook goes, unsent beelden too.
 * - `session_ended`: the server no longer knows the session ("Overal uitloggen", a new password). Every notebook goes,
 *   except the beelden their own author wrote here and the server never received, so no work is lost; they stay
 *   without their visit, and without it the page shows nothing, until that person logs in and the notebook sends them.
 * - `{ notYours }`: the server says this visit's notebook is no longer the viewer's (out of the visiting team, the
 *   organisation or the network). Its notes all go: the server would refuse the unsent ones from this person too.
 */
export type Forgetting = 'logged_out' | 'session_ended' | { notYours: string };

/** Whether a note goes from the device; `visit` is its visit as kept here (absent: kept unsent when a session ended before). */
export function forgets(why: Forgetting, note: LocalNote, visit: Pick<OfflineVisit, 'personId'> | undefined): boolean {
  if (typeof why === 'object') return note.visitId === why.notYours;
  if (why === 'logged_out') return true;
  return note.pending === null || (visit !== undefined && note.authorId !== visit.personId);
}

/** Whether a visit's own record (host, focus question, the visitors' names) goes: for every reason, the visits it concerns. */
export function forgetsVisit(why: Forgetting, visitId: string): boolean {
  return typeof why !== 'object' || visitId === why.notYours;
}

/**
 * Lets go of notebooks on this device in one transaction, and of the unsaved drafts by the same rule; says whether
 * any beeld or visit was kept to let go of.
 */
export async function forgetNotebooks(why: Forgetting): Promise<boolean> {
  // First, so the unsaved drafts go even when the device's database fails.
  forgetNoteDrafts(why);
  const db = await database(false);
  const transaction = db.transaction([NOTES, VISITS], 'readwrite');
  const notes = transaction.objectStore(NOTES);
  const visits = transaction.objectStore(VISITS);
  const [held, kept] = await Promise.all([result<LocalNote[]>(notes.getAll()), result<OfflineVisit[]>(visits.getAll())]);
  const visitOf = new Map(kept.map((visit) => [visit.visitId, visit]));
  const goingNotes = held.filter((note) => forgets(why, note, visitOf.get(note.visitId)));
  const goingVisits = kept.filter((visit) => forgetsVisit(why, visit.visitId));
  for (const note of goingNotes) notes.delete(note.clientId);
  for (const visit of goingVisits) visits.delete(visit.visitId);
  await done(transaction);
  return goingNotes.length + goingVisits.length > 0;
}

/** Logging out on this device (app/auth.tsx, through nav.ts): nothing of any visit's notebook stays here. */
export async function forgetNotebooksOnThisDevice(): Promise<void> {
  await forgetNotebooks('logged_out');
}
