import { visitNotesDue } from '../visit-notes-due';

const now = new Date('2026-12-05T10:00:00Z');

describe('visitNotesDue', () => {
  it.each([
    ['agreed, draft, in two days', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-07' }, true],
    ['agreed, draft, today', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-05' }, true],
    ['agreed, draft, a week ahead', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-12' }, true],
    ['agreed, draft, eight days ahead', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-13' }, false],
    ['agreed, draft, two days ago', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-03' }, true],
    ['agreed, draft, three days ago', { status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-02' }, false],
    ['agreed, with the host', { status: 'agreed', reportStatus: 'with_host', visitDate: '2026-12-05' }, false],
    ['still being prepared', { status: 'preparing', reportStatus: 'draft', visitDate: '2026-12-06' }, false],
    ['cancelled', { status: 'cancelled', reportStatus: 'draft', visitDate: '2026-12-06' }, false],
    ['no day yet', { status: 'agreed', reportStatus: 'draft', visitDate: null }, false],
  ])('%s → %s', (_what, visit, due) => {
    expect(visitNotesDue(visit, now)).toBe(due);
  });
});
