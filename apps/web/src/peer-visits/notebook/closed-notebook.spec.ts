import type { LocalNote } from '@kring/domain';
import { closedReason, erasedOnServer } from './closed-notebook';

describe('a closed visit notebook', () => {
  it.each([
    [{ status: 'agreed', reportStatus: 'draft' }, null],
    [{ status: 'agreed', reportStatus: 'with_host' }, null],
    [{ status: 'agreed', reportStatus: 'closed' }, 'report_closed'],
    [{ status: 'preparing', reportStatus: 'draft' }, 'not_agreed'],
    [{ status: 'cancelled', reportStatus: 'draft' }, 'cancelled'],
    [{ status: 'cancelled', reportStatus: 'closed' }, 'cancelled'],
    // Kept on the device by an older Kring, without the visit's state.
    [{}, 'unknown'],
  ] as const)('%j is closed because: %s', (visit, reason) => {
    expect(closedReason(visit)).toBe(reason);
  });

  it("lets go of the device's copies the server erased, never a beeld still to be sent", () => {
    const note = (clientId: string, serverRevision: number, pending: boolean): LocalNote => ({
      clientId,
      visitId: 'v',
      authorId: 'a',
      serverRevision,
      createdAt: '2026-12-01T10:00:00Z',
      pending: pending ? { editId: `e-${clientId}`, baseRevision: serverRevision, priorEditIds: [] } : null,
      fields: {
        body: clientId,
        findingType: 'touched_us',
        valueIds: [],
        mirrorThemeId: null,
        momentOfDay: null,
        aboutFocus: false,
        deleted: false,
      },
    });
    const local = [note('in-report', 2, false), note('left-out', 1, false), note('never-sent', 0, true), note('changed-unsent', 3, true)];
    expect(erasedOnServer(local, new Set(['in-report'])).map((n) => n.clientId)).toEqual(['left-out']);
    expect(erasedOnServer(local, new Set(['in-report', 'left-out']))).toEqual([]);
  });
});
