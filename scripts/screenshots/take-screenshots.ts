/**
 * `npm run docs:screenshots`: the pictures of README.md, taken in a real
 * Chromium from the demo network. Starts the BUILT server (as `npm start`
 * does; the npm script builds first) on a throw-away data folder, loads the
 * demo, and for every line of the catalogue (catalogue.ts) logs in as that
 * demo person, opens the page at desktop or phone size and saves
 * docs/screenshots/<name>.png. Then it rewrites the README's "Kring in beeld"
 * section from the same catalogue, removes pictures no line asks for, and
 * prints the sizes. Only your data folder is never touched: all happens in a
 * temporary one that is removed at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { MAIN, ServerProcess, startBuiltServer } from '../../tests/support/built-server';
import { findChromium } from '../../tests/support/chromium-path';
import { GraphqlClient } from '../../tests/support/graphql-client';
import { SHOTS, VIEWPORTS, type Shot } from './catalogue';
import { README, readmeWithShots, SCREENSHOTS_DIR } from './readme-section';
import { settled } from './steps';

/** Above this the README gets heavy for people on a slow line. */
const BUDGET_BYTES = 3 * 1024 * 1024;

const LOGIN = `mutation L($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { person { id } } }`;

async function sessionCookie(url: string, email: string): Promise<{ name: string; value: string }> {
  const client = new GraphqlClient(url);
  await client.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
  const [name, value] = client.sessionCookie.split(/=(.*)/s);
  return { name, value };
}

async function take(browser: Browser, url: string, shot: Shot, cookies: Map<string, { name: string; value: string }>): Promise<string> {
  if (!cookies.has(shot.person)) cookies.set(shot.person, await sessionCookie(url, shot.person));
  const { width, height, isMobile, hasTouch } = VIEWPORTS[shot.viewport];
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    isMobile,
    hasTouch,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  try {
    await context.addCookies([{ ...cookies.get(shot.person)!, url }]);
    const page = await context.newPage();
    await page.goto(`${url}${shot.path}`);
    await settled(page);
    if (shot.action) {
      await shot.action(page);
      await settled(page);
    }
    const file = path.join(SCREENSHOTS_DIR, `${shot.name}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    return file;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: run "npm run build" first.');
  const names = SHOTS.map((s) => s.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`Two catalogue lines share a name: ${twice.join(', ')}`);
  const only = process.argv.slice(2);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-screenshots-'));
  // The embedded PostgreSQL may run as its own user (when this runs as root): it must reach its folder.
  fs.chmodSync(dir, 0o755);
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  try {
    const started = await startBuiltServer({ KRING_DATA_DIR: dir, PERIODIC_JOBS: 'off' });
    server = started.child;
    const { url } = started;
    await new GraphqlClient(url).ok(`mutation { loadDemo { accounts { email } } }`);
    browser = await chromium.launch({ ...(await findChromium()), headless: true });
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const cookies = new Map<string, { name: string; value: string }>();
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.includes(s.name))) {
      const file = await take(browser, url, shot, cookies);
      console.log(`${path.relative(process.cwd(), file)}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
    }
  } finally {
    await browser?.close();
    server?.kill('SIGTERM');
    if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Pictures of lines that were removed from the catalogue go too, so docs/ shows only what the README shows.
  for (const file of fs.readdirSync(SCREENSHOTS_DIR)) {
    if (file.endsWith('.png') && !names.includes(file.slice(0, -4))) fs.rmSync(path.join(SCREENSHOTS_DIR, file));
  }
  fs.writeFileSync(README, readmeWithShots(fs.readFileSync(README, 'utf8')));
  const total = fs.readdirSync(SCREENSHOTS_DIR).reduce((sum, file) => sum + fs.statSync(path.join(SCREENSHOTS_DIR, file)).size, 0);
  console.log(`\n${names.length} pictures, ${(total / 1024 / 1024).toFixed(2)} MB in total; README.md "Kring in beeld" updated.`);
  if (total > BUDGET_BYTES) {
    console.error(`That is more than ${BUDGET_BYTES / 1024 / 1024} MB: take fewer or smaller pictures (phone size, or a calmer page).`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
