import {
  DEFAULT_RETENTION_DAYS,
  kindsOrganisationsChoose,
  RETENTION_DAY_LABELS,
  RETENTION_RULES,
  retentionRule,
  retentionSentence,
  retentionSentenceForRelatives,
  type RetentionDays,
} from '@kring/domain';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../support/fixtures';
import { PHONE } from '../support/browser';
import { homeGreeting, useDemoBrowser } from '../support/demo-browser';
import { inviteRelative, mirrorOrganisation, MirrorOrganisation, plannedConversation } from '../integration/mirror-conversations.support';

/**
 * What Kring keeps and for how long, on a 360-pixel phone: the privacy page
 * lists every retention rule the purge carries out (so the list is checked
 * against the declarations, not against fixed text), the administrator
 * chooses what else goes, every member reads the same list under "Mijn
 * gegevens", and a relative reads beside the box when their text is wiped.
 */
describe('retention in the browser: the words come from the rules the purge carries out', () => {
  const demo = useDemoBrowser();
  let org: MirrorOrganisation;
  beforeAll(async () => {
    org = await mirrorOrganisation(demo.kring);
  });

  const phoneLoggedIn = (email: string): Promise<Page> => demo.logIn(email, { password: PASSWORD, device: PHONE, landed: homeGreeting });
  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  it('lists every declared kind with when and why, and lets the administrator choose what else is wiped', async () => {
    const page = await phoneLoggedIn('ingrid@hoeve.test');
    await page.goto(`${demo.kring.url}/privacy`);
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
    expect(await demo.kring.sql(`SELECT chosen_purges FROM privacy_setting WHERE organisation_id = $1`, [org.organisationId])).toEqual([
      { chosen_purges: kindsOrganisationsChoose() },
    ]);
  });

  it('shows every member the same list under "Mijn gegevens"', async () => {
    const page = await phoneLoggedIn('bram@hoeve.test');
    await page.goto(`${demo.kring.url}/profiel`);
    for (const rule of RETENTION_RULES) await page.getByText(rule.name.nl, { exact: true }).waitFor();
    await noSidewaysScroll(page);
  });

  it('tells a relative beside the box when what they write beforehand is wiped', async () => {
    const { id } = await plannedConversation(org);
    const { token } = await inviteRelative(org, id, 'Familie de Vries');
    const page = await (await demo.browser.newContext(PHONE)).newPage();
    await page.goto(`${demo.kring.url}/naaste/${token}`);
    await page.getByLabel('Ik doe mee aan het gesprek.').check();
    // With the organisation's own period: "na de bewaartermijn" alone would not tell a reader how long.
    const [setting] = await demo.kring.sql<{ days: RetentionDays }>(
      `SELECT raw_note_retention_days AS days FROM privacy_setting WHERE organisation_id = $1`,
      [org.organisationId],
    );
    const period = RETENTION_DAY_LABELS[setting?.days ?? DEFAULT_RETENTION_DAYS].nl;
    const sentence = retentionSentenceForRelatives('mirror_relative_input', 'nl', period);
    expect(sentence).toContain(`na de bewaartermijn van ${period}.`);
    await page.getByText(sentence, { exact: false }).first().waitFor();
    await noSidewaysScroll(page);
  });
});
