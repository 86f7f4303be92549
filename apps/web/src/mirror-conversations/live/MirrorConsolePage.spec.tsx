import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { useViewer, type Viewer } from '../../app/auth';
import { useShellLayout } from '../../app/shell-layout';
import '../../i18n';
import { MirrorConsolePage } from './MirrorConsolePage';
import { useMirrorLive, type MirrorLive } from './use-mirror-live';

// The web's Jest reads no stylesheets.
jest.mock('../mirror.css', () => ({}));
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
// auth.tsx and the visit menu import each other; the page reads only who is logged in.
jest.mock('../../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../../app/auth', () => ({ ...jest.requireActual<object>('../../app/auth'), useViewer: jest.fn() }));
jest.mock('../../app/shell-layout', () => ({ useShellLayout: jest.fn() }));
jest.mock('./use-mirror-live', () => ({ useMirrorLive: jest.fn() }));

const viewer: Viewer = {
  person: { id: 'p1', displayName: 'Ahmed', email: 'ahmed@example.org', preferredLanguage: 'nl' },
  memberships: [],
};

describe("the mirror conversation's console", () => {
  it('asks the frame for the live room’s slim header, as the session’s live room does', () => {
    jest.mocked(useViewer).mockReturnValue(viewer);
    // Still connecting: the console shows its frame and waits.
    jest.mocked(useMirrorLive).mockReturnValue({
      view: { state: null, refusal: null, connection: 'connecting', unsent: [], notices: [], persistent: true },
    } as unknown as MirrorLive);
    renderToStaticMarkup(
      <MemoryRouter initialEntries={['/spiegelgesprekken/c1/gesprek']}>
        <Routes>
          <Route path="/spiegelgesprekken/:id/gesprek" element={<MirrorConsolePage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(useShellLayout).toHaveBeenCalledWith('room');
    expect(useMirrorLive).toHaveBeenCalledWith('c1', 'p1', 'console');
  });
});
