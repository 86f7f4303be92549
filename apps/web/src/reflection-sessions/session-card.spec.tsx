import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import '../i18n';
import { SessionCard } from './SessionCard';

jest.mock('./sessions.css', () => ({}));

/** Planned for 20 March, held on 12 March: the team met earlier than planned. */
const session = {
  id: 's1',
  question: 'Onrust bij het avondeten',
  status: 'closed' as const,
  overdue: false,
  scheduledAt: '2026-03-20T18:30:00.000Z',
  startedAt: '2026-03-12T18:30:00.000Z' as string | null,
  durationMinutes: 70,
  place: '',
  method: { id: 'incident_method', version: 1, name: { nl: 'Incidentmethode', en: 'Incident method' } },
  team: { id: 't1', name: 'Team wonen' },
  caseRef: null,
  moderator: { id: 'p1', name: 'Sanne' },
  viewerRole: 'participant' as const,
  calendarPath: '/sessions/s1/calendar.ics',
  reportApprovedAt: null,
};

const card = (patch: Partial<typeof session>) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <SessionCard session={{ ...session, ...patch }} past />
    </MemoryRouter>,
  );

describe('a session in a list', () => {
  it('shows the day it was held when it was held before its planned day', () => {
    const html = card({});
    expect(html).toContain('12 maart 2026');
    expect(html).not.toContain('20 maart 2026');
  });

  it('shows the planned day while it has not been held', () => {
    expect(card({ status: 'planned' as never, startedAt: null })).toContain('20 maart 2026');
  });
});
