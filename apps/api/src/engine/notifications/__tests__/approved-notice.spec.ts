import { approvedNoticeDrafts, HeldMeetingParticipantRow } from '../approved-notice';

const link = (id: string) => `/meeting/${id}`;
const row: HeldMeetingParticipantRow = {
  id: 'm1',
  organisation_id: 'o1',
  person_id: 'p1',
  held_at: new Date('2026-03-02T09:30:00Z'),
  team: 'Team wonen',
};

describe('approvedNoticeDrafts', () => {
  it.each([
    {
      what: 'a meeting without a method: no method in the text',
      kind: 'mirror_harvest_approved' as const,
      rows: [row],
      params: [{ when: '2026-03-02T09:30:00.000Z', team: 'Team wonen' }],
    },
    {
      what: 'a meeting with a method: the method too',
      kind: 'session_report_approved' as const,
      rows: [{ ...row, method: { nl: 'Moreel beraad', en: 'Moral deliberation' }, team: null }],
      params: [{ when: '2026-03-02T09:30:00.000Z', method: { nl: 'Moreel beraad', en: 'Moral deliberation' }, team: null }],
    },
    {
      what: 'one per participant',
      kind: 'session_report_approved' as const,
      rows: [row, { ...row, person_id: 'p2', held_at: '2026-03-03T10:00:00Z' as unknown as Date }],
      params: [
        { when: '2026-03-02T09:30:00.000Z', team: 'Team wonen' },
        { when: '2026-03-03T10:00:00.000Z', team: 'Team wonen' },
      ],
    },
    { what: 'nobody to tell', kind: 'session_report_approved' as const, rows: [], params: [] },
  ])('$what', ({ kind, rows, params }) => {
    const drafts = approvedNoticeDrafts({ kind, link }, rows);
    expect(drafts.map((d) => d.params)).toEqual(params);
    for (const [i, d] of drafts.entries()) {
      expect(d).toMatchObject({
        kind,
        organisationId: 'o1',
        personId: rows[i].person_id,
        subjectId: 'm1',
        dueKey: '',
        link: '/meeting/m1',
      });
    }
  });
});
