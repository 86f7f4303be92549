import type { Language } from '@kring/domain';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { useViewer, type Viewer } from '../app/auth';
import { useQuery } from '../graphql/hooks';
import { changeLanguage } from '../i18n';
import { NewStoryPage } from './NewStoryPage';
import { StoriesPage } from './StoriesPage';

jest.mock('./stories.css', () => ({}));
jest.mock('../cases/cases.css', () => ({}));
jest.mock('../practices/learning.css', () => ({}));
jest.mock('../ui/content-guard/content-guard.css', () => ({}));
// auth.tsx and the visit menu import each other; the pages need neither the menu nor the notebooks auth forgets.
jest.mock('../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../app/auth', () => ({ ...jest.requireActual<object>('../app/auth'), useViewer: jest.fn() }));
jest.mock('../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

/** A care worker of an organisation that calls the people it cares for `residentTerm`, reading in `language`. */
function workerOf(residentTerm: string, language: Language = 'nl'): void {
  const viewer: Viewer = {
    person: { id: 'p1', displayName: 'Anna', email: 'anna@example.org', preferredLanguage: language },
    memberships: [
      { id: 'm1', role: 'care_worker', organisation: { id: 'o1', name: 'De Boomgaard', residentTerm }, network: null, team: null },
    ],
  };
  jest.mocked(useViewer).mockReturnValue(viewer);
  // The list of stories, or the organisation the story form offers teams and colleagues of.
  const data = {
    stories: [],
    organisation: { teams: [{ id: 't1', name: 'Wonen' }], members: [] },
  };
  jest.mocked(useQuery).mockReturnValue({ data, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
}

const render = (page: ReactElement) =>
  renderToStaticMarkup(<MemoryRouter initialEntries={['/verhalen?organisatie=o1']}>{page}</MemoryRouter>);

afterEach(() => changeLanguage('nl'));

describe("the stories in the organisation's own word for the people it cares for", () => {
  it('tells a day care that a story is what a "deelnemer", relative or colleague told, and never says "bewoner"', () => {
    workerOf('deelnemer');
    const html = render(<StoriesPage />);
    expect(html).toContain('Een verhaal is wat een deelnemer, naaste of collega vertelde, door jou opgeschreven.');
    expect(html).not.toMatch(/bewoner/i);
  });

  it('offers a day care a storyteller without an account: "een naaste, een deelnemer"', () => {
    workerOf('deelnemer');
    const html = render(<NewStoryPage />);
    expect(html).toContain('Een verhaal is wat een deelnemer, naaste of collega vertelde');
    expect(html).toContain('Iemand zonder account (een naaste, een deelnemer)');
    expect(html).not.toMatch(/bewoner/i);
  });

  it('says "bewoner" for an organisation that kept the default word', () => {
    workerOf('bewoner');
    expect(render(<StoriesPage />)).toContain('Een verhaal is wat een bewoner, naaste of collega vertelde');
  });

  it('says it in English in the English word', async () => {
    workerOf('deelnemer', 'en');
    await changeLanguage('en');
    const html = render(<NewStoryPage />);
    expect(html).toContain('A story is what a participant, relative or colleague told');
    expect(html).toContain('Someone without an account (a relative, a participant)');
  });
});
