import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';

/** "beheerder (3)": a count of fewer than five people next to a role, which must read "minder dan 5". */
const SMALL_COUNT_OF_PEOPLE = /(beheerder|zorgondernemer|gespreksleider|begeleider|naaste|bewoner)\s*\([1-4]\)/i;

/**
 * The annual quality report as Ingrid, care entrepreneur, reads it: at 360 px and at desktop width, in Dutch
 * that speaks to her team as "jullie" throughout, with counts of fewer than five people said as "minder dan 5"
 * on the screen and in the Markdown she downloads.
 */
describe('the quality report, as its care entrepreneur reads it', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  async function reportOn(page: Page) {
    await page.goto(`${demo.kring.url}/kwaliteitsverslag`);
    await mainHeading(page, 'Kwaliteitsverslag').waitFor();
    await page.getByRole('heading', { name: 'Hoofdstukken zonder input uit Kring' }).waitFor();
    return page.locator('main').innerText();
  }

  it.each([
    ['360 px', PHONE],
    ['desktop', undefined],
  ] as const)(
    'at %s: first control on the first screen, no sideways scrolling, jullie throughout, small counts suppressed',
    async (_, device) => {
      const page = await demo.withSession('ingrid@hoeve.demo', { device, landed: (p) => mainHeading(p, /./) });
      const text = await reportOn(page);
      const viewport = page.viewportSize()!;
      const year = (await page.getByLabel('Jaar').boundingBox())!;
      expect(year.y + year.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // The screen says "jullie" to the team; "u" belongs to the exported report only.
      expect(text).toContain('die schrijven jullie zelf');
      expect(text).not.toMatch(/\bu zelf\b/);
      expect(text).toContain('minder dan 5');
      expect(text).not.toMatch(SMALL_COUNT_OF_PEOPLE);
      await page.context().close();
    },
  );

  it('the Markdown export suppresses the same small counts', async () => {
    const page = await demo.withSession('ingrid@hoeve.demo', { landed: (p) => mainHeading(p, /./) });
    await reportOn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Markdown' }).click()]);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('# Kwaliteitsverslag');
    expect(markdown).toContain('minder dan 5');
    expect(markdown).not.toMatch(SMALL_COUNT_OF_PEOPLE);
    await page.context().close();
  });
});
