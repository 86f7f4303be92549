import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser';
import { PASSWORD } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { ReminderJob } from '../../apps/api/src/modules/notifications/reminders/reminder-job';

describe('tmp screenshots', () => {
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
  it('renders', async () => {
    const org = await teamWithPeople(kring);
    await planIncidentSession(org, { scheduledAt: new Date(Date.now() + 3 * 86400000).toISOString() });
    await kring.sql(`UPDATE reflection_session SET created_by = NULL`);
    await kring.app.get(ReminderJob).run(new Date());
    const page: Page = await (await browser.newContext(PHONE)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill('ingrid@hoeve.test');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Ingrid' }).waitFor();
    await page.screenshot({ path: '/tmp/shots/home.png', fullPage: true });
    for (const [path, name] of [['/meldingen', 'meldingen'], ['/privacy', 'privacy'], ['/kwaliteitsverslag', 'kwaliteit'], ['/profiel', 'profiel']]) {
      await page.goto(`${kring.url}${path}`);
      await page.waitForTimeout(1500);
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      console.log(path, 'fits', fits);
      await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
    }
    await page.goto(`${kring.url}/profiel`);
    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/profiel-link.png`, fullPage: true });
    await page.goto(`${kring.url}/privacy`);
    await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Bram' });
    await page.getByLabel('Typ ter bevestiging de naam: Bram').fill('Bram');
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `/tmp/shots/privacy-erased.png`, fullPage: true });
    const fatima = await (await browser.newContext(PHONE)).newPage();
    await fatima.goto(`${kring.url}/inloggen`);
    await fatima.getByLabel('E-mailadres').fill('fatima@hoeve.test');
    await fatima.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await fatima.getByRole('button', { name: 'Inloggen' }).click();
    await fatima.getByRole('heading', { level: 1 }).waitFor();
    await fatima.waitForTimeout(800);
    await fatima.goto(`${kring.url}/meldingen`);
    await fatima.waitForTimeout(1200);
    await fatima.screenshot({ path: `/tmp/shots/fatima.png`, fullPage: true });
    console.log('errors', errors);
  });
});
