import { HARVEST_THEMES } from '@kring/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import type { MirrorHarvestPartsFragment } from '../../graphql/generated';
import { HarvestThemes } from './HarvestSection';

jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

const HIDDEN_ONE = 'Minder dan 5 naasten beantwoordden dit thema vooraf.';
const HIDDEN_ALL = 'Bij geen enkel thema beantwoordden 5 of meer naasten de vragen vooraf.';

/** A read-only harvest of two themes with a summary each; `shown`: whether each theme's word mirror had five answers. */
function render(shown: [boolean, boolean]): string {
  const harvest = {
    conversationId: 'c1',
    viewerCanEdit: false,
    quotes: [],
    themes: shown.map((mirrorShown, i) => ({
      themeId: HARVEST_THEMES[i].id,
      summary: `Samenvatting ${i + 1}`,
      mirror: {
        respondents: mirrorShown ? 7 : null,
        shown: mirrorShown,
        phrases: mirrorShown ? [{ phrase: 'vertrouwde gezichten', important: 6, experienced: 5 }] : [],
      },
    })),
  } as unknown as MirrorHarvestPartsFragment;
  return renderToStaticMarkup(<HarvestThemes harvest={harvest} onChange={() => undefined} />);
}

const times = (html: string, text: string) => html.split(text).length - 1;

describe("a mirror harvest's themes", () => {
  it('says once, above the themes, that no theme had five answers beforehand, not under each theme', () => {
    const html = render([false, false]);
    expect(times(html, HIDDEN_ALL)).toBe(1);
    expect(times(html, HIDDEN_ONE)).toBe(0);
  });

  it('says it per theme when another theme does show its word mirror', () => {
    const html = render([true, false]);
    expect(times(html, HIDDEN_ONE)).toBe(1);
    expect(html).not.toContain(HIDDEN_ALL);
    expect(html).toContain('vertrouwde gezichten');
  });
});
