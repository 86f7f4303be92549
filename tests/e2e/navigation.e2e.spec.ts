import type { Page } from 'playwright-core';
import { newPageShown, PHONE } from '../support/browser';
import { homeGreeting, useDemoBrowser } from '../support/demo-browser';

/**
 * The menu on a 360 px phone, for each kind of demo person (issue #14.3): it
 * folds behind a button that says whether it is open, takes focus in and
 * gives it back on Escape, lists the places that person uses most first, and
 * every page it leads to shows its main heading on the first screen.
 */
describe('navigation on a phone, per role', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  const screenHeight = PHONE.viewport.height;

  const logIn = (email: string): Promise<Page> => demo.logIn(email, { device: PHONE, landed: homeGreeting });

  /** The bottom edge of the page's main heading, in CSS pixels from the top of the screen. */
  async function headingBottom(page: Page): Promise<number> {
    const heading = page.locator('main h1').first();
    await heading.waitFor();
    const box = await heading.boundingBox();
    return box ? box.y + box.height : Number.POSITIVE_INFINITY;
  }

  // The roles at once, with the test below (jest's maxConcurrency is 5), each in a browser context of its own: they only
  // read the demo, and while one waits for the app another's page draws. Five at a time take longer each.
  it.concurrent.each([
    ['bram@hoeve.demo', ['Start', 'Sessies', 'Leren']],
    ['sanne@hoeve.demo', ['Start', 'Sessies', 'Leren']],
    ['ingrid@hoeve.demo', ['Start', 'Sessies', 'Leren', 'Visitaties', 'Kwaliteitsverslag']],
    ['wilma@netwerk.demo', ['Start', `Netwerk: Lerend netwerk Kleinschalig Oost`]],
  ])(
    '%s: the menu folds away, the most used places come first, every heading is on the first screen',
    async (email, firstPlaces) => {
      const page = await logIn(email);
      const toggle = page.getByRole('button', { name: 'Menu', exact: true });
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.isVisible()).toBe(false);
      expect(await headingBottom(page)).toBeLessThanOrEqual(screenHeight);

      await toggle.click();
      const close = page.getByRole('button', { name: 'Menu sluiten' });
      expect(await close.getAttribute('aria-expanded')).toBe('true');
      await page.waitForFunction(() => document.activeElement?.textContent === 'Start');
      const links = menu.getByRole('link');
      expect((await links.allTextContents()).slice(0, firstPlaces.length)).toEqual(firstPlaces);
      const paths = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') as string));

      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('hoofdmenu');

      // Choosing a place closes the menu again.
      await toggle.click();
      await links.nth(1).click();
      await page.waitForURL(`**${paths[1]}`);
      await menu.waitFor({ state: 'hidden', timeout: 2000 });

      for (const path of paths) {
        await page.goto(`${demo.kring.url}${path}`);
        expect({ path, onFirstScreen: (await headingBottom(page)) <= screenHeight }).toEqual({ path, onFirstScreen: true });
      }
    },
    300_000,
  );

  it.concurrent(
    'after choosing a place in the open menu, the new page starts at the top: its heading and the menu button on the first screen',
    async () => {
      // Ingrid has the longest menu. While it is open it pushes the page down, so moving focus to the new
      // page's content used to scroll the header with the menu button out of view. (Her login page is the test above.)
      const page = await demo.withSession('ingrid@hoeve.demo', { device: PHONE, landed: homeGreeting });
      const toggle = page.getByRole('button', { name: 'Menu', exact: true });
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await toggle.click();
      const places = await menu.getByRole('link').allTextContents();
      await page.keyboard.press('Escape');
      const onScreen = (box: { y: number; height: number } | null) => !!box && box.y >= 0 && box.y + box.height <= screenHeight;
      for (const place of places.slice(1)) {
        await page.goto(`${demo.kring.url}/`);
        await page.locator('main h1').waitFor();
        const homeHeading = await page.locator('main h1').first().textContent();
        await toggle.click();
        const link = menu.getByRole('link', { name: place, exact: true });
        await link.click();
        await newPageShown(page, homeHeading);
        const [menuButton, heading] = [await toggle.boundingBox(), await page.locator('main h1').first().boundingBox()];
        expect({ place, menuButton: onScreen(menuButton), heading: onScreen(heading) }).toEqual({ place, menuButton: true, heading: true });
      }
    },
    300_000,
  );
});
