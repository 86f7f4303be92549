import type { Browser } from 'playwright-core';
import { demoNetwork } from '../integration/peer-visits-fixtures';
import { launchBrowser } from '../support/browser';
import { startTestKring, TestKring } from '../support/kring-test-app';

/** The patterns page says how beelden of a peer visit count, from the rule that counts them (FINDING_TYPE_DIRECTION). Needs apps/web/dist. */
describe('the patterns page explains visit tags', () => {
  let kring: TestKring;
  let browser: Browser;

  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
    await demoNetwork(kring);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  it('names every finding type with the direction its tags count in', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill('ingrid@hoeve.demo');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('welkom-ingrid');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await page.goto(`${kring.url}/patronen`);
    const explanation = page.getByText(/^Beelden van een visitatie tellen mee zodra de gastheer het spiegelrapport/);
    await explanation.waitFor();
    const text = await explanation.innerText();
    expect(text).toContain('Wat ons raakte / sterk punt als zichtbaar sterk');
    expect(text).toContain('Regelknelpunt als onder druk');
    expect(text).toContain('Spiegelvraag als vraag');
  });
});
