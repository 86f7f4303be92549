import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import '../../i18n';
import { ApproveReport } from './ApproveReport';
import { withBox } from './typed-not-added';

// The web's Jest reads no stylesheets; the error panel brings the content guard's.
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

describe('text typed in the harvest and not added', () => {
  it('keeps each box that holds text once, by its part, until it is added or emptied', () => {
    const none: ReadonlyMap<string, string> = new Map();
    const insight = withBox(none, 'add:insight', 'Leerpunten');
    const both = withBox(insight, 'add:advice', 'Adviezen aan de inbrenger');
    expect([...both]).toEqual([
      ['add:insight', 'Leerpunten'],
      ['add:advice', 'Adviezen aan de inbrenger'],
    ]);
    // Typing on in a box that already holds text changes nothing (no new render for the page).
    expect(withBox(both, 'add:insight', 'Leerpunten')).toBe(both);
    expect([...withBox(both, 'add:insight', null)]).toEqual([['add:advice', 'Adviezen aan de inbrenger']]);
    expect(withBox(none, 'add:memo', null)).toBe(none);
  });

  const render = (typedIn: string[], pointed: boolean) =>
    renderToStaticMarkup(
      <MemoryRouter>
        <ApproveReport
          sessionId="s1"
          question="Hoe houden we de avond rustig?"
          typedIn={typedIn}
          pointed={pointed}
          point={() => {}}
          busy={false}
          onApprove={() => {}}
        />
      </MemoryRouter>,
    );

  it('says where the typed text is once approving was asked for, instead of approving without it', () => {
    const html = render(['Leerpunten', 'Adviezen aan de inbrenger'], true);
    expect(html).toContain('role="alert"');
    expect(html).toContain('bij: Leerpunten, Adviezen aan de inbrenger.');
    expect(html).toContain('aria-label="Verslag goedkeuren: Hoe houden we de avond rustig?"');
  });

  it('asks nothing extra when every box is added or empty', () => {
    const html = render([], false);
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('aria-label="Verslag goedkeuren: Hoe houden we de avond rustig?"');
  });
});
