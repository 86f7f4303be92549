import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { agreedVisit, demoNetwork } from '../integration/peer-visits-fixtures';

/**
 * A person who opens a report reads it once, and the audit log says so once
 * (issue #12: every report view was logged twice). The page reads the report
 * again after the reader's own changes and on a language switch; those
 * re-reads are the same view. Needs the built web app (apps/web/dist).
 */
describe('the audit log counts a report view once', () => {
  let kring: TestKring;
  let browser: Browser;
  let visitId: string;

  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
    visitId = await agreedVisit(await demoNetwork(kring));
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  async function logIn(email: string, password: string, name: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${name}$`) }).waitFor();
    return page;
  }

  const reads = async () =>
    kring.sql<{ person: string; n: number }>(
      `SELECT p.email AS person, count(*)::int AS n FROM audit_event e JOIN person p ON p.id = e.person_id
       WHERE e.action = 'mirror_report_read' AND e.subject_id = $1 GROUP BY p.email ORDER BY p.email`,
      [visitId],
    );

  it('writes one mirror_report_read per person for one view, also when the page reads it again in another language', async () => {
    const host = await logIn('ingrid@hoeve.demo', 'welkom-ingrid', 'Ingrid Jansen');
    const requests: string[] = [];
    host.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('query MirrorReport(')) requests.push(r.url());
    });
    await host.goto(`${kring.url}/visitatie/${visitId}/spiegelrapport`);
    await host.getByRole('heading', { level: 1, name: /Spiegelrapport/ }).waitFor();
    await host.getByRole('button', { name: 'English' }).click();
    await host.getByRole('heading', { level: 1, name: /Mirror report/ }).waitFor();
    await host.waitForLoadState('networkidle');
    // The page asked more than once (at least once per language) …
    expect(requests.length).toBeGreaterThanOrEqual(2);

    const visitor = await logIn('marloes@lindehof.demo', 'welkom-marloes', 'Marloes Visser');
    await visitor.goto(`${kring.url}/visitatie/${visitId}/spiegelrapport`);
    await visitor.getByRole('heading', { level: 1, name: /Spiegelrapport/ }).waitFor();
    await visitor.waitForLoadState('networkidle');

    // … and the log has one view per person.
    expect(await reads()).toEqual([
      { person: 'ingrid@hoeve.demo', n: 1 },
      { person: 'marloes@lindehof.demo', n: 1 },
    ]);
  });
});
