import {
  applyEditResult,
  decideEdit,
  editLocally,
  editToSend,
  LocalNote,
  mergeServerNote,
  newLocalNote,
  NoteFields,
  ServerNoteState,
  unsynchronised,
} from './notebook-sync';

const fields = (body: string, extra: Partial<NoteFields> = {}): NoteFields => ({
  body,
  findingType: 'touched_us',
  valueIds: ['feeling_at_home'],
  mirrorThemeId: null,
  momentOfDay: 'morning',
  aboutFocus: false,
  deleted: false,
  ...extra,
});

let counter = 0;
const id = () => `edit-${++counter}`;

/** A tiny server: the notes and the receipts of every change it handled, as the API keeps them. */
function server() {
  const notes = new Map<string, ServerNoteState>();
  const receipts = new Map<string, ReturnType<typeof decideEdit>['outcome']>();
  const conflicts: { clientId: string; body: string }[] = [];
  return {
    notes,
    conflicts,
    receive(note: LocalNote) {
      const edit = editToSend(note)!;
      const current = notes.get(edit.clientId) ?? null;
      const replayed = receipts.get(edit.editId);
      if (replayed) return { clientId: edit.clientId, editId: edit.editId, outcome: replayed, note: current! };
      const { outcome, next } = decideEdit(current, edit);
      receipts.set(edit.editId, outcome);
      notes.set(edit.clientId, next);
      if (outcome === 'conflict') conflicts.push({ clientId: edit.clientId, body: edit.fields.body });
      return { clientId: edit.clientId, editId: edit.editId, outcome, note: next };
    },
  };
}

const ids = (clientId: string) => ({ clientId, visitId: 'visit', authorId: 'anna', editId: id() });

describe('synchronising the visit notebook', () => {
  it('creates a note once, however often the device sends it', () => {
    const s = server();
    const note = newLocalNote(ids('n1'), fields('De tafel werd samen gedekt.'), '2026-03-15T09:00:00Z');
    const first = s.receive(note);
    const again = s.receive(note);
    expect([first.outcome, again.outcome]).toEqual(['created', 'created']);
    expect(s.notes.get('n1')).toEqual({ revision: 1, lastEditId: note.pending!.editId, fields: note.fields });
    expect(applyEditResult(note, again)).toMatchObject({ serverRevision: 1, pending: null });
  });

  it('applies a change made on the latest revision', () => {
    const s = server();
    let note = newLocalNote(ids('n1'), fields('Eerste versie'), 'now');
    note = applyEditResult(note, s.receive(note));
    note = editLocally(note, fields('Tweede versie'), id());
    const result = s.receive(note);
    expect(result.outcome).toBe('applied');
    expect(applyEditResult(note, result)).toMatchObject({ serverRevision: 2, pending: null, fields: { body: 'Tweede versie' } });
  });

  it('continues a change whose answer was lost, without a false conflict', () => {
    const s = server();
    let note = newLocalNote(ids('n1'), fields('Eerste versie'), 'now');
    note = applyEditResult(note, s.receive(note));
    note = editLocally(note, fields('Tweede versie'), id());
    s.receive(note); // the answer never reaches the phone
    note = editLocally(note, fields('Derde versie'), id());
    const result = s.receive(note);
    expect(result.outcome).toBe('applied');
    expect(s.notes.get('n1')!.fields.body).toBe('Derde versie');
    expect(s.conflicts).toEqual([]);
  });

  it('keeps both when two devices change the same note: the later one becomes a conflict, nothing is dropped', () => {
    const s = server();
    const phone0 = newLocalNote(ids('n1'), fields('Eerste versie'), 'now');
    const phone = applyEditResult(phone0, s.receive(phone0));
    const laptop = mergeServerNote(undefined, {
      ...s.notes.get('n1')!,
      clientId: 'n1',
      visitId: 'visit',
      authorId: 'anna',
      createdAt: 'now',
    });

    const fromLaptop = editLocally(laptop, fields('Aangepast op de laptop'), id());
    expect(s.receive(fromLaptop).outcome).toBe('applied');
    const fromPhone = editLocally(phone, fields('Aangepast op de telefoon, offline'), id());
    const result = s.receive(fromPhone);
    expect(result.outcome).toBe('conflict');
    expect(s.notes.get('n1')!.fields.body).toBe('Aangepast op de laptop');
    expect(s.conflicts).toEqual([{ clientId: 'n1', body: 'Aangepast op de telefoon, offline' }]);
    // The phone shows the server's version; its own waits on the server for the author to choose.
    expect(applyEditResult(fromPhone, result)).toMatchObject({
      pending: null,
      fields: { body: 'Aangepast op de laptop' },
      serverRevision: 2,
    });
  });

  it('treats an identical change from another device as no conflict', () => {
    const s = server();
    const a0 = newLocalNote(ids('n1'), fields('Zelfde'), 'now');
    const a = applyEditResult(a0, s.receive(a0));
    const b = editLocally(a, fields('Nieuw'), id());
    s.receive(b);
    const c = editLocally(a, fields('Nieuw'), id());
    expect(s.receive(c).outcome).toBe('unchanged');
  });

  it('keeps a change typed while the previous one was on its way, and rebases it only on its own result', () => {
    const s = server();
    let note = newLocalNote(ids('n1'), fields('Een'), 'now');
    const sent = note;
    note = editLocally(note, fields('Een, en nog iets'), id());
    const result = s.receive(sent);
    note = applyEditResult(note, result);
    expect(note.pending).toMatchObject({ baseRevision: 1 });
    expect(note.fields.body).toBe('Een, en nog iets');
    expect(applyEditResult(note, s.receive(note))).toMatchObject({ pending: null, serverRevision: 2 });
  });

  it('never lets the server listing overwrite what is still queued on the device', () => {
    const queued = editLocally(newLocalNote(ids('n1'), fields('Offline getypt'), 'now'), fields('Offline getypt, aangevuld'), id());
    // The server's listing of the same note, at revision 3, with this text.
    const listed = (body: string) => ({
      clientId: 'n1',
      visitId: 'visit',
      authorId: 'anna',
      createdAt: 'now',
      revision: 3,
      lastEditId: 'x',
      fields: fields(body),
    });
    const merged = mergeServerNote(queued, listed('Ouder'));
    expect(merged).toBe(queued);
    expect(unsynchronised([merged])).toHaveLength(1);
    const synced = { ...merged, pending: null };
    expect(mergeServerNote(synced, listed('Nieuwer')).fields.body).toBe('Nieuwer');
  });

  it('sends a withdrawal like any change, so other devices learn of it', () => {
    const s = server();
    let note = newLocalNote(ids('n1'), fields('Weg ermee'), 'now');
    note = applyEditResult(note, s.receive(note));
    note = editLocally(note, { ...note.fields, deleted: true }, id());
    expect(s.receive(note).outcome).toBe('applied');
    expect(s.notes.get('n1')!.fields.deleted).toBe(true);
  });
});
