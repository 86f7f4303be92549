import type { Page } from 'playwright-core';

/**
 * Waits until Kring's service worker controls the page (so it opens without a
 * connection). When none does in time, the error says what the page's
 * registration holds, so a failed install tells apart from a slow one.
 */
export async function serviceWorkerInControl(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout });
  } catch (error) {
    const held = await page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return r ? { installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state } : 'no registration';
      })
      .catch((reason: unknown) => String(reason));
    throw new Error(`No service worker controls ${page.url()} after ${timeout} ms; registration: ${JSON.stringify(held)}`, {
      cause: error,
    });
  }
}
