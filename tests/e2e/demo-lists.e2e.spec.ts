import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';
import { NAV_PLACE_SHOWS, type NavPlace } from '../../apps/web/src/app/nav-order';
import { LEARNING_PART_SHOWS, LEARNING_PATHS, type LearningPart } from '../../apps/web/src/practices/paths';
import { settled } from '../../scripts/screenshots/steps';
import { launchBrowser } from '../support/browser';
import { LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';

/**
 * Issue #14: a lived-in demo. For every demo person (read from the demo's
 * cast) every place of their menu that the menu's catalogue (NAV_PLACE_SHOWS)
 * declares a list, and every listing part of "Leren over tijd"
 * (LEARNING_PART_SHOWS), is opened in a real browser: it must show at least
 * one item and no empty state ("nog geen…", "…is nog leeg"). A new menu place
 * declared a list without demo data behind it fails here, as does a link of
 * the menu that does not say which place it is.
 */

/** An empty state as the pages word it: the sentence that says so. */
const EMPTY_STATE = /[^.\n]*\b(?:nog geen|nog leeg|is leeg)\b[^.\n]*/i;

/** Items of a list, wherever the page draws them: not the menus and tabs (nav) around them. */
const ITEMS = 'main :is(li, tbody tr, article, .card):not(nav *)';

describe('the demo: every list in every menu shows the demo', () => {
  let kring: TestKring;
  let browser: Browser;
  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
    await new GraphqlClient(kring.url).ok(`mutation { loadDemo { accounts { email } } }`);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  /** Logged in through the API (the login form has its own tests), at a desktop width. */
  async function loggedIn(email: string): Promise<Page> {
    const api = new GraphqlClient(kring.url);
    await api.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
    const [name, value] = api.sessionCookie.split(/=(.*)/s);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await context.addCookies([{ name, value, url: kring.url }]);
    return context.newPage();
  }

  async function open(page: Page, path: string): Promise<void> {
    await page.goto(`${kring.url}${path}`);
    await settled(page);
  }

  /** The paths of the listing parts of "Leren over tijd", from its tabs on the page now open. */
  async function learningParts(page: Page): Promise<string[]> {
    const tabs = page.getByRole('navigation', { name: 'Leren over tijd' }).getByRole('link');
    const hrefs = await tabs.evaluateAll((links) => links.map((a) => a.getAttribute('href') as string));
    const part = (href: string) =>
      (Object.keys(LEARNING_PATHS) as LearningPart[]).find((p) => LEARNING_PATHS[p] === new URL(href, 'http://x').pathname);
    return hrefs.filter((href) => {
      const which = part(href);
      if (!which) throw new Error(`A tab of "Leren over tijd" leads to ${href}, which is no part of LEARNING_PATHS`);
      return LEARNING_PART_SHOWS[which] === 'list';
    });
  }

  it.each(DEMO_PEOPLE.map((person) => [person.email]))(
    '%s: every list of the menu shows demo items, never an empty state',
    async (email) => {
      const page = await loggedIn(email);
      try {
        await open(page, '/');
        const menu = page.locator('#hoofdmenu');
        const links = await menu
          .locator('a')
          .evaluateAll((anchors) => anchors.map((a) => ({ place: a.getAttribute('data-place'), href: a.getAttribute('href') as string })));
        // Every link of the menu says which place it is, so none escapes the catalogue.
        expect(links.filter((l) => !l.place || !(l.place in NAV_PLACE_SHOWS))).toEqual([]);

        const paths: string[] = [];
        for (const { place, href } of links) {
          if (NAV_PLACE_SHOWS[place as NavPlace] !== 'list') continue;
          paths.push(href);
          if (place === 'learning') {
            await open(page, href);
            const pathname = (p: string) => p.split('?')[0];
            paths.push(...(await learningParts(page)).filter((p) => !paths.some((q) => pathname(q) === pathname(p))));
          }
        }
        expect({ email, lists: paths.length > 0 }).toEqual({ email, lists: true });

        const seen = [];
        for (const path of paths) {
          await open(page, path);
          const text = await page.locator('main').innerText();
          seen.push({ path, emptyState: EMPTY_STATE.exec(text)?.[0].trim() ?? null, items: (await page.locator(ITEMS).count()) > 0 });
        }
        expect({ email, seen }).toEqual({ email, seen: seen.map(({ path }) => ({ path, emptyState: null, items: true })) });
      } finally {
        await page.context().close();
      }
    },
    120_000,
  );
});
