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
