import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { useViewer, type Viewer } from '../app/auth';
import { useQuery } from '../graphql/hooks';
import '../i18n';
import { HomePage } from './HomePage';

jest.mock('./home.css', () => ({}));
jest.mock('../practices/learning.css', () => ({}));
jest.mock('../ui/content-guard/content-guard.css', () => ({}));
// auth.tsx and the visit menu import each other; the home page needs neither the menu nor the notebooks auth forgets.
jest.mock('../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../reflection-sessions', () => ({ UpcomingSessions: () => null }));
jest.mock('../cases', () => ({ CasesHomeCard: () => null }));
jest.mock('../app/auth', () => ({ ...jest.requireActual<object>('../app/auth'), useViewer: jest.fn() }));
jest.mock('../graphql/hooks', () => ({ useQuery: jest.fn() }));

const NETWORK = { id: 'n1', name: 'Lerend netwerk Kleinschalig Oost' };

function home(viewer: Viewer): string {
  jest.mocked(useViewer).mockReturnValue(viewer);
  jest
    .mocked(useQuery)
    .mockReturnValue({ data: { homeNextSteps: [] }, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
  // React Router marks its links for prefetching; the address and text are what a person follows.
  return renderToStaticMarkup(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  ).replaceAll(' data-discover="true"', '');
}
const person = { id: 'p1', displayName: 'Wilma', email: 'wilma@example.org', preferredLanguage: 'nl' as const };

describe('the home page of a network coordinator', () => {
  it('links the network and leads to what it learns as a whole: its page, its patterns and its year overview', () => {
    const html = home({
      person,
      memberships: [{ id: 'm1', role: 'network_coordinator', organisation: null, network: NETWORK, team: null }],
    });
    expect(html).toContain('<a href="/lerend-netwerk/n1">Lerend netwerk Kleinschalig Oost</a>');
    expect(html).toContain('<a href="/lerend-netwerk/n1">Organisaties, visitatierondes en netwerkoogst</a>');
    expect(html).toContain('<a href="/patronen?netwerk=n1">Patronen van het netwerk over tijd</a>');
    expect(html).toContain('<a href="/netwerk/jaaroverzicht">Jaaroverzicht van het netwerk</a>');
  });

  it('shows no network card to a care worker', () => {
    const html = home({
      person,
      memberships: [
        { id: 'm1', role: 'care_worker', organisation: { id: 'o1', name: 'De Hoeve', residentTerm: 'bewoner' }, network: null, team: null },
      ],
    });
    expect(html).not.toContain('netwerkoogst');
    expect(html).not.toContain('/netwerk/jaaroverzicht');
  });
});
