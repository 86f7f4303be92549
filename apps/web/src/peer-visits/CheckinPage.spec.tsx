import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { useViewer, type Viewer } from '../app/auth';
import { useQuery } from '../graphql/hooks';
import '../i18n';
import { CheckinPage } from './CheckinPage';

jest.mock('./peer-visits.css', () => ({}));
jest.mock('../ui/content-guard/content-guard.css', () => ({}));
// auth.tsx and the visit menu import each other; the page needs neither the menu nor the notebooks auth forgets.
jest.mock('./nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../app/auth', () => ({ ...jest.requireActual<object>('../app/auth'), useViewer: jest.fn() }));
jest.mock('../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

/** The check-in as the entrepreneur of an organisation with the given word for its people reads it. */
function checkin(residentTerm: string): string {
  const viewer: Viewer = {
    person: { id: 'p1', displayName: 'Ingrid', email: 'ingrid@example.org', preferredLanguage: 'nl' },
    memberships: [
      { id: 'm1', role: 'entrepreneur', organisation: { id: 'o1', name: 'De Hoeve', residentTerm }, network: null, team: null },
    ],
  };
  jest.mocked(useViewer).mockReturnValue(viewer);
  jest.mocked(useQuery).mockReturnValue({
    data: { peerVisit: { id: 'v1', host: { id: 'o2', name: 'Zorgboerderij Het Erf' } }, entrepreneurCheckin: { visitId: 'v1', notes: [] } },
    loading: false,
    refetch: () => {},
  } as unknown as ReturnType<typeof useQuery>);
  return renderToStaticMarkup(
    <MemoryRouter>
      <CheckinPage />
    </MemoryRouter>,
  );
}

describe("the entrepreneurs' check-in in the organisation's own word", () => {
  it('asks a care farm whose people are "deelnemers" about its deelnemers, never about "bewoners"', () => {
    const html = checkin('deelnemer');
    expect(html).toContain('Wat gebeurt er met de zorg, het team en de deelnemers als jij morgen wegvalt?');
    expect(html).toContain('Waar schuren regels, inkoop of contracten met wat jullie deelnemers nodig hebben?');
    expect(html).not.toMatch(/bewoner/i);
  });

  it('asks an organisation that kept the default word about its bewoners', () => {
    const html = checkin('');
    expect(html).toContain('Waar schuren regels, inkoop of contracten met wat jullie bewoners nodig hebben?');
  });

  it('names the visit it is about in its title', () => {
    expect(checkin('deelnemer')).toContain('<h1>Ondernemersgesprek bij Zorgboerderij Het Erf</h1>');
  });

  it('says nothing is saved before anything was', () => {
    expect(checkin('deelnemer')).not.toContain('role="status"');
  });
});
