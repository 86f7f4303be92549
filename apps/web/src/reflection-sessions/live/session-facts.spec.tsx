import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import '../../i18n';
import { liveState } from './live-state.fixture';
import { SessionFacts } from './LiveRoomPage';

// The web's Jest reads no stylesheets; the room's page brings its own and the kit's.
jest.mock('../sessions.css', () => ({}));
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

const CASE = '22222222-2222-4222-8222-222222222222';

/** The line above the live room: method, case and lenses, as a participant's screen shows it. */
const facts = (viewerCanRead: boolean) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <SessionFacts state={liveState({ caseRef: { id: CASE, pseudonym: 'Meneer T.', viewerCanRead } })} />
    </MemoryRouter>,
  );

describe('the case of a live session', () => {
  it('links to the case for someone the case rule lets read it', () => {
    expect(facts(true)).toContain(`href="/casussen/${CASE}"`);
  });

  it('names the case without a link for a participant who cannot open it (a private case)', () => {
    const html = facts(false);
    expect(html).toContain('Casus: Meneer T.');
    expect(html).not.toContain('/casussen/');
  });
});
