import { renderToStaticMarkup } from 'react-dom/server';
import '../i18n';
import { HostWords } from './host-words';
import { NoteTags } from './NoteTags';

const note = { findingType: 'touched_us', valueIds: [], mirrorThemeId: 'residents_wellbeing', aboutFocus: false };

describe("a beeld's tags name its mirror theme in the host's word for its people", () => {
  it.each<[string, string | null | undefined, string]>([
    ['at a day-care that says "deelnemer"', 'deelnemer', 'Welbevinden van deelnemers'],
    ['at a host that kept the default word', '', 'Welbevinden van bewoners'],
    ['in an anonymised report (no word of the host)', null, 'Welbevinden van bewoners'],
  ])('%s', (_, term, theme) => {
    const html = renderToStaticMarkup(
      <HostWords term={term}>
        <NoteTags note={note} />
      </HostWords>,
    );
    expect(html).toContain(`Wat ons raakte / sterk punt · ${theme}`);
  });

  it('says "bewoners" outside any visit', () => {
    expect(renderToStaticMarkup(<NoteTags note={note} />)).toContain('Welbevinden van bewoners');
  });
});
