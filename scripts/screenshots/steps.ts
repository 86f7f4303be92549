/// <reference lib="dom" />
// The page functions below run in the browser.
import type { Page } from 'playwright-core';
import { followMenuLink } from '../../tests/support/browser';

/** The page has drawn its content: a main heading, no request under way, nothing still loading. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 30_000 });
  // Web fonts before the picture, so text is not drawn in a fallback face.
  await page.evaluate(() => document.fonts.ready);
}

/**
 * A catalogue action: follows links in the page's content one after another,
 * as a person would (each waits for the page it opens). A name given as
 * `[section, link]` looks only inside the part of the page with that heading.
 */
export function followLinks(...names: (string | RegExp | [string, string | RegExp])[]): (page: Page) => Promise<void> {
  return async (page) => {
    for (const name of names) {
      const [within, link] = Array.isArray(name) ? name : [null, name];
      const scope = within ? page.getByRole('region', { name: within }) : page.locator('main');
      await scope.getByRole('link', { name: link }).first().click();
      await settled(page);
    }
  };
}

/** A catalogue action: opens a place of the main menu (on a phone through its Menu button). */
export function openMenuPlace(name: string): (page: Page) => Promise<void> {
  return async (page) => {
    await followMenuLink(page, name);
    await settled(page);
  };
}

/** A catalogue action: scrolls so the part of the page with this heading starts at the top of the picture. */
export function showSection(heading: string | RegExp): (page: Page) => Promise<void> {
  return async (page) => {
    const target = page
      .locator('main')
      .getByRole('heading', { name: heading, exact: typeof heading === 'string' })
      .first();
    const scroll = () =>
      target.evaluate((element) => {
        element.scrollIntoView({ block: 'start', behavior: 'instant' });
        window.scrollBy({ top: -16, behavior: 'instant' });
      });
    await scroll();
    // Parts below the fold may still load and push the heading down: scroll once more when they have.
    await page.waitForLoadState('networkidle');
    await scroll();
  };
}

/** A catalogue action of several steps, in turn. */
export function steps(...actions: ((page: Page) => Promise<void>)[]): (page: Page) => Promise<void> {
  return async (page) => {
    for (const action of actions) await action(page);
  };
}

/**
 * A catalogue action, from a live room: the moderator's "Scherm voor de kamer"
 * opens in a tab of its own (the television's); the picture takes it in this one.
 */
export async function openRoomScreen(page: Page): Promise<void> {
  const href = await page.getByRole('link', { name: /^Scherm voor de kamer/ }).getAttribute('href');
  await page.goto(new URL(href!, page.url()).toString());
  await settled(page);
  await page.getByRole('timer').waitFor({ timeout: 30_000 });
}

/** A catalogue action: waits until the live room has joined and shows its phase (the socket, not a request, brings it). */
export async function roomJoined(page: Page): Promise<void> {
  await page.locator('#phase-title').waitFor({ timeout: 30_000 });
}
