/**
 * `npm run bench:web`: what a first visit costs on an old phone on a slow
 * connection. Starts the BUILT server (apps/api/dist/main.js, as `npm start`
 * runs it; run `npm run build` first) on its own embedded PostgreSQL, creates
 * an organisation, a relative's link and a live session through the API, and
 * opens four pages in a real Chromium with a cold cache, 4× CPU slowdown and
 * the "slow 3G" profile of WebPageTest (400 ms round trip, 400 kbit/s each
 * way), emulated through the DevTools protocol. For each page it prints the
 * JavaScript transferred (bytes on the wire, so compressed when the server
 * compresses) and the time to interactive: from navigation start until the
 * page's heading is shown and the main thread is next idle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/engine/database/embedded-postgres';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { MAIN, ServerProcess, startBuiltServer } from '../support/built-server';
import { findChromium } from '../support/chromium-path';
import { mailDelivered } from '../support/mail-delivered';
import { conversationWithRelative } from '../integration/mirror-conversations.support';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import type { TestKring } from '../support/kring-test-app';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const CPU_SLOWDOWN = 4;

interface Visit {
  name: string;
  path: string;
  cookie?: string;
  heading: RegExp;
}

/** One cold visit: a fresh browser context (empty cache, no service worker), throttled like an old phone on slow 3G. */
async function measure(context: BrowserContext, url: string, visit: Visit) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Set<string>();
  let jsBytes = 0;
  let allBytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    allBytes += event.encodedDataLength;
    if (scripts.has(event.requestId)) jsBytes += event.encodedDataLength;
  });
  await page.goto(`${url}${visit.path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: visit.heading }).first().waitFor({ timeout: 120_000 });
  const interactiveMs = await page.evaluate(() => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()))));
  // Chunks a page loads just after its heading (lazy parts) still belong to its first load.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  await page.close();
  return { jsBytes, allBytes, scripts: scripts.size, interactiveMs };
}

async function seed(kring: TestKring): Promise<Visit[]> {
  const org = await teamWithPeople(kring);
  const session = await planIncidentSession(org);
  const { relativePath } = await conversationWithRelative(org.sanne.client, {
    organisationId: org.organisationId,
    teamId: org.teamId,
    moderatorId: org.sanne.personId,
    listenerIds: [org.bram.personId],
  });
  return [
    { name: '/ (home, logged in)', path: '/', cookie: org.sanne.client.sessionCookie, heading: /^Goede/ },
    { name: '/inloggen', path: '/inloggen', heading: /Inloggen/ },
    { name: '/naaste/<link>', path: relativePath, heading: /Uitnodiging voor een spiegelgesprek/ },
    { name: '/sessies/<id>/live', path: `/sessies/${session.id}/live`, cookie: org.sanne.client.sessionCookie, heading: /./ },
  ];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-web-bench-'));
  fs.chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres(dir, 'kring_web_bench');
  let server: ServerProcess | null = null;
  const sql = new Client({ connectionString: postgres.url });
  try {
    await runMigrations(postgres.url);
    if (!fs.existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: run "npm run build" first.');
    const started = await startBuiltServer({ DATABASE_URL: postgres.url });
    server = started.child;
    const url = started.url;
    await sql.connect();
    const query = async <T>(q: string, p?: unknown[]): Promise<T[]> => (await sql.query(q, p as unknown[])).rows;
    const kring = { url, databaseUrl: postgres.url, sql: query, mailDelivered: () => mailDelivered(query) } as unknown as TestKring;
    const visits = await seed(kring);
    const browser = await chromium.launch({ ...(await findChromium()), headless: true });
    console.log(`Kring web benchmark: built app, cold cache, ${CPU_SLOWDOWN}× CPU slowdown, slow 3G (400 ms RTT, 400 kbit/s)`);
    console.log('');
    const rows = [['page', 'JS transferred', 'scripts', 'all transferred', 'time to interactive']];
    for (const visit of visits) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      if (visit.cookie) {
        const [name, value] = visit.cookie.split(/=(.*)/s);
        await context.addCookies([{ name, value, url }]);
      }
      const result = await measure(context, url, visit);
      await context.close();
      rows.push([
        visit.name,
        `${(result.jsBytes / 1024).toFixed(1)} KB`,
        String(result.scripts),
        `${(result.allBytes / 1024).toFixed(1)} KB`,
        `${(result.interactiveMs / 1000).toFixed(2)} s`,
      ]);
    }
    await browser.close();
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  } finally {
    server?.kill('SIGTERM');
    await sql.end().catch(() => undefined);
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
