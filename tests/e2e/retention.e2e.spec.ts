import { kindsOrganisationsChoose, RETENTION_RULES, retentionRule, retentionSentence } from '@kring/domain';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD } from '../support/fixtures';
import { launchBrowser, PHONE } from '../support/browser';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { inviteRelative, mirrorOrganisation, MirrorOrganisation, plannedConversation } from '../integration/mirror-conversations.support';

/**
 * What Kring keeps and for how long, on a 360-pixel phone: the privacy page
 * lists every retention rule the purge carries out (so the list is checked
 * against the declarations, not against fixed text), the administrator
 * chooses what else goes, every member reads the same list under "Mijn
 * gegevens", and a relative reads beside the box when their text is wiped.
 */
describe('retention in the browser: the words come from the rules the purge carries out', () => {
  let kring: TestKring;
  let browser: Browser;
  let org: MirrorOrganisation;
  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
    org = await mirrorOrganisation(kring);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  async function phoneLoggedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /^Goede/ })
      .waitFor();
    return page;
  }
  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  it('lists every declared kind with when and why, and lets the administrator choose what else is wiped', async () => {
    const page = await phoneLoggedIn('ingrid@hoeve.test');
    await page.goto(`${kring.url}/privacy`);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Wat Kring bewaart, en hoe lang' }) });
    await section.waitFor();
    for (const rule of RETENTION_RULES) {
      await section.getByText(rule.name.nl, { exact: true }).waitFor();
      await section.getByText(retentionSentence(rule.kind, 'nl', '3 maanden'), { exact: true }).waitFor();
      await section.getByText(`Waarom: ${rule.why.nl}`, { exact: true }).waitFor();
    }
    await noSidewaysScroll(page);

    for (const kind of kindsOrganisationsChoose())
      await section.getByRole('checkbox', { name: new RegExp(`^${retentionRule(kind).name.nl}`) }).check();
    await section.getByRole('button', { name: 'Termijn opslaan' }).click();
    await section.getByRole('status').filter({ hasText: 'De bewaartermijn is opgeslagen.' }).waitFor();
    expect(await kring.sql(`SELECT chosen_purges FROM privacy_setting WHERE organisation_id = $1`, [org.organisationId])).toEqual([
      { chosen_purges: kindsOrganisationsChoose() },
    ]);
  });

  it('shows every member the same list under "Mijn gegevens"', async () => {
    const page = await phoneLoggedIn('bram@hoeve.test');
    await page.goto(`${kring.url}/profiel`);
    for (const rule of RETENTION_RULES) await page.getByText(rule.name.nl, { exact: true }).waitFor();
    await noSidewaysScroll(page);
  });

  it('tells a relative beside the box when what they write beforehand is wiped', async () => {
    const { id } = await plannedConversation(org);
    const { token } = await inviteRelative(org, id, 'Familie de Vries');
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${kring.url}/naaste/${token}`);
    await page.getByLabel('Ik doe mee aan het gesprek.').check();
    await page.getByText(retentionSentence('mirror_relative_input', 'nl'), { exact: false }).first().waitFor();
    await noSidewaysScroll(page);
  });
});
