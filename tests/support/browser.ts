import { Browser, chromium } from 'playwright-core';
import type { ChromiumLaunch } from './chromium-path';

/** Launches the Chromium that global setup found (see chromium-path.ts). */
export async function launchBrowser(): Promise<Browser> {
  const launch = JSON.parse(process.env.KRING_TEST_CHROMIUM ?? 'null') as ChromiumLaunch | null;
  if (!launch) throw new Error('KRING_TEST_CHROMIUM is not set: run browser tests through jest (tests/jest.config.js).');
  return chromium.launch({ ...launch, headless: true });
}

/** Phone-sized viewport, for what people do on a phone. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
