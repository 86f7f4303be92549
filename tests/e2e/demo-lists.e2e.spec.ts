import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';
import { NAV_PLACE_SHOWS, type NavPlace } from '../../apps/web/src/app/nav-order';
import { LEARNING_PART_SHOWS, LEARNING_PATHS, type LearningPart } from '../../apps/web/src/practices/paths';
import { settled } from '../../scripts/screenshots/steps';
import { launchBrowser, watchRequests } from '../support/browser';
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
    // One of each for the whole file: Kring on a copy of the run's demo (kring-test-app.ts), and the browser.
    [kring, browser] = await Promise.all([startTestKring({ demo: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  /** Logged in through the API (the login form has its own tests), at a desktop width, with its requests counted. */
  async function loggedIn(email: string): Promise<{ page: Page; requests: ReturnType<typeof watchRequests> }> {
    const api = new GraphqlClient(kring.url);
    await api.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
    const [name, value] = api.sessionCookie.split(/=(.*)/s);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await context.addCookies([{ name, value, url: kring.url }]);
    const page = await context.newPage();
    return { page, requests: watchRequests(page) };
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

  // The people at once (up to jest's maxConcurrency, 5), each in a browser context of their own on the same demo:
  // they only read it (each logs in with a session of its own), and while one waits for the app, another's page
  // draws. Five at a time take longer each, hence the timeout.
  it.concurrent.each(DEMO_PEOPLE.map((person) => [person.email]))(
    '%s: every list of the menu shows demo items, never an empty state',
    async (email) => {
      const { page, requests } = await loggedIn(email);
      const menu = page.locator('#hoofdmenu');
      /**
       * Follows a link of the app as a person would (the app draws the next page; nothing reloads) and waits until
       * that page has drawn: its address, a main heading, nothing loading, no request under way.
       */
      const follow = async (link: Locator, href: string) => {
        await link.click();
        await page.waitForURL((url) => url.pathname === new URL(href, url).pathname);
        await page.locator('main h1').first().waitFor();
        await page.locator('main .loading').first().waitFor({ state: 'detached' });
        await requests.quiet();
      };
      /** A place of the menu, by its link (one used less first shows under "Meer", whose name ends in its ▾ or ▴). */
      const openPlace = async (place: string, href: string) => {
        const link = menu.locator(`a[data-place="${place}"]`);
        if (!(await link.isVisible())) await menu.getByRole('button', { name: /^Meer\b/ }).click();
        await follow(link, href);
      };
      /** A tab of "Leren over tijd", from one of its parts. */
      const openTab = (href: string) =>
        follow(page.getByRole('navigation', { name: 'Leren over tijd' }).locator(`a[href="${href}"]`), href);
      try {
        await page.goto(`${kring.url}/`);
        await settled(page);
        const links = await menu
          .locator('a')
          .evaluateAll((anchors) => anchors.map((a) => ({ place: a.getAttribute('data-place'), href: a.getAttribute('href') as string })));
        // Every link of the menu says which place it is, so none escapes the catalogue.
        expect(links.filter((l) => !l.place || !(l.place in NAV_PLACE_SHOWS))).toEqual([]);

        /** What the page now open shows: an empty state, if it says one, and whether it has items. */
        const seen: { path: string; emptyState: string | null; items: boolean }[] = [];
        const look = async (path: string) => {
          const text = await page.locator('main').innerText();
          seen.push({ path, emptyState: EMPTY_STATE.exec(text)?.[0].trim() ?? null, items: (await page.locator(ITEMS).count()) > 0 });
        };
        const pathname = (p: string) => p.split('?')[0];
        for (const { place, href } of links) {
          if (NAV_PLACE_SHOWS[place as NavPlace] !== 'list') continue;
          await openPlace(place!, href);
          await look(href);
          if (place === 'learning') {
            // Its listing parts, each by its tab, unless the menu leads there itself.
            const parts = (await learningParts(page)).filter(
              (p) =>
                !seen.some((q) => pathname(q.path) === pathname(p)) &&
                !links.some((l) => NAV_PLACE_SHOWS[l.place as NavPlace] === 'list' && pathname(l.href) === pathname(p)),
            );
            for (const part of parts) {
              await openTab(part);
              await look(part);
            }
          }
        }
        expect({ email, lists: seen.length > 0 }).toEqual({ email, lists: true });
        expect({ email, seen }).toEqual({ email, seen: seen.map(({ path }) => ({ path, emptyState: null, items: true })) });
      } finally {
        await page.context().close();
      }
    },
    300_000,
  );

  it("the team filter of Casussen and Leren narrows the list to one team's items and keeps the team in the address", async () => {
    const { page, requests } = await loggedIn('sanne@hoeve.demo');
    try {
      for (const [path, filter] of [
        ['/casussen', /^Laat casussen zien van/],
        ['/leren', /^Team/],
      ] as const) {
        await page.goto(`${kring.url}${path}`);
        await settled(page);
        const all = await page.locator(ITEMS).count();
        // The list is asked for again with the team: its answer, then the page drawn from it.
        const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('"teamId":"'));
        await page.getByRole('combobox', { name: filter }).selectOption({ label: 'Team wonen' });
        await page.waitForURL((url) => url.searchParams.has('team'));
        await answered;
        await page.locator('main .loading').first().waitFor({ state: 'detached' });
        await requests.quiet();
        const one = await page.locator(ITEMS).count();
        // Fewer, but some: the demo has items of both teams on both pages.
        expect({ path, fewer: one < all, some: one > 0 }).toEqual({ path, fewer: true, some: true });
        await page.reload();
        await settled(page);
        expect(await page.getByRole('combobox', { name: filter }).locator('option:checked').textContent()).toBe('Team wonen');
        expect(await page.locator(ITEMS).count()).toBe(one);
      }
    } finally {
      await page.context().close();
    }
  });
});
