import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { agreedVisit, demoNetwork, noteEdit, SYNC } from '../integration/peer-visits-fixtures';

describe('smoke', () => {
  let kring: TestKring;
  let browser: Browser;
  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });
  async function login(email: string): Promise<Page> {
    const page = await (await browser.newContext(PHONE)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    (page as any).errors = errors;
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(`welkom-${email.split('@')[0]}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Goede/ }).waitFor();
    return page;
  }
  it('renders pages', async () => {
    const net = await demoNetwork(kring);
    const visitId = await agreedVisit(net);
    await (await net.as('els@lindehof.demo')).ok(SYNC, { input: { visitId, edits: [noteEdit({ body: 'Een beeld' })] } });
    const pages: [string, string][] = [
      ['wilma@netwerk.demo', `/lerend-netwerk/${net.networkId}`],
      ['ingrid@hoeve.demo', '/visitaties'],
      ['ingrid@hoeve.demo', `/visitatie/${visitId}`],
      ['ingrid@hoeve.demo', `/visitatie/${visitId}/spiegelgesprek`],
      ['ingrid@hoeve.demo', `/visitatie/${visitId}/spiegelrapport`],
      ['ingrid@hoeve.demo', `/visitatie/${visitId}/ondernemersgesprek`],
      ['marloes@lindehof.demo', `/visitatie/${visitId}/spiegelrapport`],
      ['marloes@lindehof.demo', `/visitatie/${visitId}`],
      ['peter@kompas.demo', `/lerend-netwerk/${net.networkId}`],
    ];
    for (const [email, path] of pages) {
      const page = await login(email);
      await page.goto(`${kring.url}${path}`);
      await page.waitForTimeout(1500);
      const text = await page.locator('main').innerText();
      console.log(`=== ${email} ${path}\n${text.slice(0, 1500)}\nERRORS: ${(page as any).errors.join(' | ')}`);
      await page.screenshot({ path: `/tmp/smoke-${email.split('@')[0]}-${path.split('/').pop()}.png`, fullPage: true });
    }
  });
});
