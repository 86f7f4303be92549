import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { LOGIN } from './fixtures';
import { GraphqlClient } from './graphql-client';
import { startTestKring, TestKring } from './kring-test-app';

/**
 * The set-up every browser test shares: a real Kring on its own database and a
 * Chromium, started before the describe's tests and closed after them, and
 * logging in through the login page as a person would. A spec's own data
 * (the demo, an organisation) goes in its own beforeAll, registered after
 * this one, so it runs once Kring is up.
 */

/** Every demo person's password (demo-network.data.ts): `welkom-` and the first part of the e-mail address. */
export const demoPassword = (email: string): string => `welkom-${email.split('@')[0]}`;

/** The home page's greeting ("Goede morgen, …"): what a person sees first after logging in. */
export const homeGreeting = (page: Page): Locator => page.getByRole('heading', { level: 1 }).filter({ hasText: /^Goede/ });

/** A section of the home page, by its heading: care workers land on "Casusreflectie". */
export const homeSection =
  (name: string) =>
  (page: Page): Locator =>
    page.getByRole('heading', { level: 2, name });

/** A page's main heading, by its text. */
export const mainHeading = (page: Page, name: string | RegExp): Locator => page.getByRole('heading', { level: 1, name });

export interface LogInOptions {
  /** Defaults to the demo's password for this address. */
  password?: string;
  /** A new browser context with these options (a phone, a television); ignored when `context` is given. */
  device?: BrowserContextOptions;
  /** Log in in this context instead (a second tab of the same person). */
  context?: BrowserContext;
  /** What must show once logged in; by default, only that the login page is left. */
  landed?: (page: Page) => Locator;
}

export interface DemoBrowser {
  readonly kring: TestKring;
  readonly browser: Browser;
  /** Opens a page in a new (or the given) context, logs in and waits until it has landed. */
  logIn(email: string, options?: LogInOptions): Promise<Page>;
  /**
   * The same without the login page (which has its own tests, and each spec keeps one login through it per role):
   * logs in through the API, or with `api`'s session when given, gives the browser context that session cookie and
   * opens the home page (or `path`). Waits as `logIn` does.
   */
  withSession(email: string, options?: LogInOptions & { api?: GraphqlClient; path?: string }): Promise<Page>;
}

/** A browser context that carries `api`'s session cookie for Kring at `url`. */
export async function contextWithSession(
  browser: Browser,
  url: string,
  api: GraphqlClient,
  device?: BrowserContextOptions,
): Promise<BrowserContext> {
  const [name, value] = api.sessionCookie.split(/=(.*)/s);
  const context = await browser.newContext(device);
  await context.addCookies([{ name, value, url }]);
  return context;
}

/** Fills in the login form the page shows (after /inloggen, or where a link sent a person to log in) and sends it. */
export async function fillLogIn(page: Page, email: string, password = demoPassword(email)): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Registers the start and the close of Kring and the browser around the calling describe;
 * with `loadDemo`, the demo network is loaded as the setup page does (everyone logs in with demoPassword).
 */
export function useDemoBrowser({ loadDemo = false }: { loadDemo?: boolean } = {}): DemoBrowser {
  let kring: TestKring | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // With the demo: a copy of the run's demo database (kring-test-app.ts), as loaded by loadDemo.
    [kring, browser] = await Promise.all([startTestKring({ demo: loadDemo }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useDemoBrowser: Kring and the browser start in beforeAll; use them inside a test or hook.');
    return value;
  };
  return {
    get kring() {
      return started(kring);
    },
    get browser() {
      return started(browser);
    },
    async logIn(email, { password, device, context, landed } = {}) {
      const page = await (context ?? (await started(browser).newContext(device))).newPage();
      await page.goto(`${started(kring).url}/inloggen`);
      await fillLogIn(page, email, password);
      if (landed) await landed(page).waitFor();
      else await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
      return page;
    },
    async withSession(email, { password, device, context, landed, api, path = '/' } = {}) {
      const url = started(kring).url;
      let session = api;
      if (!session) {
        session = new GraphqlClient(url);
        await session.ok(LOGIN, { email, password: password ?? demoPassword(email) });
      }
      const page = await (context ?? (await contextWithSession(started(browser), url, session, device))).newPage();
      await page.goto(`${url}${path}`);
      if (landed) await landed(page).waitFor();
      else await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
      return page;
    },
  };
}
