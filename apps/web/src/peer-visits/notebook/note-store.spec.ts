import type { LocalNote } from '@kring/domain';
import { type Forgetting, forgets, forgetsVisit } from './note-store';

/** A note of `visitId` by `authorId`: in step with the server, or with a change only on this device. */
function note(visitId: string, authorId: string, state: 'sent' | 'never sent' | 'changed, unsent'): LocalNote {
  const serverRevision = state === 'never sent' ? 0 : 1;
  return {
    clientId: `${visitId}-${authorId}-${state}`,
    visitId,
    authorId,
    serverRevision,
    createdAt: '2026-04-14T10:00:00Z',
    pending: state === 'sent' ? null : { editId: 'e', baseRevision: serverRevision, priorEditIds: [] },
    fields: {
      body: 'De tafel werd samen gedekt.',
      findingType: 'touched_us',
      valueIds: [],
      mirrorThemeId: null,
      momentOfDay: null,
      aboutFocus: false,
      deleted: false,
    },
  };
}

// Els's phone: the notebook of visit v was last opened by Els; a note without its visit was kept when a session ended.
const ELS = { personId: 'els' };

describe('forgetting the visit notebook on this device', () => {
  it.each<[Forgetting, LocalNote, { personId: string } | undefined, boolean]>([
    // Logged out here: everything goes, her own unsent beelden too.
    ['logged_out', note('v', 'els', 'sent'), ELS, true],
    ['logged_out', note('v', 'marloes', 'sent'), ELS, true],
    ['logged_out', note('v', 'els', 'never sent'), ELS, true],
    ['logged_out', note('v', 'els', 'changed, unsent'), ELS, true],
    ['logged_out', note('v', 'els', 'never sent'), undefined, true],
    // The session ended elsewhere: only what the server never received from its own author stays.
    ['session_ended', note('v', 'els', 'sent'), ELS, true],
    ['session_ended', note('v', 'marloes', 'sent'), ELS, true],
    ['session_ended', note('v', 'els', 'never sent'), ELS, false],
    ['session_ended', note('v', 'els', 'changed, unsent'), ELS, false],
    // Unsent, but not by the person this device knew for the visit (another login here): not theirs to keep.
    ['session_ended', note('v', 'marloes', 'never sent'), ELS, true],
    // Kept when a session ended before (its visit already gone), and still unsent: it stays for its author.
    ['session_ended', note('v', 'els', 'never sent'), undefined, false],
    // No longer hers: the visit's notes all go, unsent too (the server would refuse them); other visits stay.
    [{ notYours: 'v' }, note('v', 'els', 'sent'), ELS, true],
    [{ notYours: 'v' }, note('v', 'marloes', 'sent'), ELS, true],
    [{ notYours: 'v' }, note('v', 'els', 'never sent'), ELS, true],
    [{ notYours: 'v' }, note('w', 'els', 'sent'), ELS, false],
    [{ notYours: 'v' }, note('w', 'els', 'never sent'), ELS, false],
  ])('%j: %j (visit kept as %j) goes: %s', (why, local, visit, goes) => {
    expect(forgets(why, local, visit)).toBe(goes);
  });

  it.each<[Forgetting, string, boolean]>([
    ['logged_out', 'v', true],
    ['session_ended', 'v', true],
    [{ notYours: 'v' }, 'v', true],
    [{ notYours: 'v' }, 'w', false],
  ])('%j: the record of visit %s (host, focus question, the visitors’ names) goes: %s', (why, visitId, goes) => {
    expect(forgetsVisit(why, visitId)).toBe(goes);
  });
});
