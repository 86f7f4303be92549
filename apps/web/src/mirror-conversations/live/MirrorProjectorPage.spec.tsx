import type { MirrorLiveState } from '@kring/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { useViewer, type Viewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import '../../i18n';
import { MirrorProjectorPage } from './MirrorProjectorPage';
import { useMirrorLive, type MirrorLive } from './use-mirror-live';

// The web's Jest reads no stylesheets.
jest.mock('../mirror.css', () => ({}));
// auth.tsx and the visit menu import each other; the page reads only who is logged in on the screen.
jest.mock('../../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../../app/auth', () => ({ ...jest.requireActual<object>('../../app/auth'), useViewer: jest.fn() }));
jest.mock('../../app/shell-layout', () => ({ useShellLayout: jest.fn() }));
jest.mock('./use-mirror-live', () => ({ useMirrorLive: jest.fn() }));

const viewer: Viewer = {
  person: { id: 'p1', displayName: 'Ahmed', email: 'ahmed@example.org', preferredLanguage: 'nl' },
  memberships: [],
};

const live = {
  conversationId: 'c1',
  version: 3,
  view: 'projector',
  role: 'moderator',
  theme: 'Voelt uw naaste zich hier thuis?',
  status: 'live',
  questions: [
    { id: 'q1', position: 1, body: 'Waaraan merkt u dat uw vader zich hier thuis voelt?', themeIds: [] },
    { id: 'q2', position: 2, body: 'Kennen wij uw naaste zoals u hem kent?', themeIds: [] },
  ],
  currentQuestionId: 'q2',
  closingRound: false,
  escalationProcedure: '',
  participants: [],
  statements: [],
  notes: [],
  clarifyingQuestions: [],
} as unknown as MirrorLiveState;

function renderScreen(): string {
  jest.mocked(useViewer).mockReturnValue(viewer);
  jest.mocked(useMirrorLive).mockReturnValue({ view: { state: live, refusal: null } } as unknown as MirrorLive);
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/spiegelgesprekken/c1/scherm']}>
      <Routes>
        <Route path="/spiegelgesprekken/:id/scherm" element={<MirrorProjectorPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("the mirror conversation's screen in the room", () => {
  it('asks the frame for the bare screen: relatives see no menu, no bell and nothing of who is logged in', () => {
    renderScreen();
    expect(useShellLayout).toHaveBeenCalledWith('screen');
  });

  it('shows the question on the table and where it is in the guide', () => {
    const html = renderScreen();
    expect(html).toContain('<h1>Kennen wij uw naaste zoals u hem kent?</h1>');
    expect(html).toContain('Vraag 2 van 2');
    expect(useMirrorLive).toHaveBeenCalledWith('c1', 'p1', 'projector');
  });
});
