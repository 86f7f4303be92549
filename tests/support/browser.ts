import { Browser, chromium, type Page } from 'playwright-core';
import type { ChromiumLaunch } from './chromium-path';

/** Launches the Chromium that global setup found (see chromium-path.ts). */
export async function launchBrowser(): Promise<Browser> {
  const launch = JSON.parse(process.env.KRING_TEST_CHROMIUM ?? 'null') as ChromiumLaunch | null;
  if (!launch) throw new Error('KRING_TEST_CHROMIUM is not set: run browser tests through jest (tests/jest.config.js).');
  // Under a full parallel run Chromium has once crashed while starting (SIGSEGV before any page):
  // a second start is tried before the test fails, since no test step has run yet.
  return chromium.launch({ ...launch, headless: true }).catch(() => chromium.launch({ ...launch, headless: true }));
}

/** Phone-sized viewport, for what people do on a phone. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/**
 * Follows a link of the main menu as a person would: on a phone the menu is
 * folded behind its "Menu" button, so that is opened first; on a wide screen
 * a place someone uses less waits under "Meer", which is opened when needed.
 */
export async function followMenuLink(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if (await toggle.isVisible()) await toggle.click();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const link = menu.getByRole('link', { name, exact: true });
  const more = menu.getByRole('button', { name: 'Meer', exact: true });
  if (!(await link.isVisible()) && (await more.isVisible())) await more.click();
  await link.click();
}

/**
 * After following a link inside the app: waits until the new page has drawn
 * its own main heading (the URL changes at once, but a page's code may still
 * be loading while the old page stays on screen) and nothing is still loading.
 */
export async function newPageShown(page: Page, previousHeading: string | null): Promise<void> {
  await page.waitForFunction((previous) => {
    const heading = document.querySelector('main h1')?.textContent;
    return !!heading && heading !== previous && !document.querySelector('main .loading');
  }, previousHeading);
}

/**
 * The requests a page has under way, counted from before its first load: a test that moves through the app by its
 * links (no new document, so Playwright's 'networkidle' state, reached once, stays reached) waits with `quiet()`
 * until nothing was asked for as long as 'networkidle' waits (500 ms), as `settled` does after a full load.
 */
export function watchRequests(page: Page): { quiet(timeout?: number): Promise<void> } {
  const IDLE_MS = 500;
  let underWay = 0;
  let changed = Date.now();
  const started = () => {
    underWay += 1;
    changed = Date.now();
  };
  const ended = () => {
    underWay -= 1;
    changed = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(timeout = 30_000) {
      const end = Date.now() + timeout;
      for (;;) {
        const idleFor = Date.now() - changed;
        if (underWay === 0 && idleFor >= IDLE_MS) return;
        if (Date.now() > end) throw new Error(`watchRequests: still ${underWay} request(s) under way after ${timeout} ms`);
        // Look again when the quiet could be long enough, or soon while requests are under way.
        await new Promise((resolve) => setTimeout(resolve, underWay === 0 ? IDLE_MS - idleFor : 50));
      }
    },
  };
}

/** In the page: whether its beforeunload handlers would have the browser ask before it is closed or reloaded. */
const wouldAskBeforeLeaving = () => {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
};

/** Whether the page would have the browser ask before it is closed or reloaded. */
export function asksBeforeLeaving(page: Page): Promise<boolean> {
  return page.evaluate(wouldAskBeforeLeaving);
}

/** Waits until leaving the page would ask nothing (a form counts its text as saved just after its save is answered). */
export async function untilLeavingAsksNothing(page: Page): Promise<void> {
  await page.waitForFunction(`!(${wouldAskBeforeLeaving.toString()})()`);
}
