import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser';
import { loadDemoPasswords, LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { PLAN_SESSION } from '../support/session-fixtures';

/**
 * The content guard on a 360 px phone (issue #9), in the demo network: in the
 * live room a contribution with a BSN never leaves the phone and says why in
 * Dutch; a colleague's name is marked and sent only once Bram confirms; a
 * refused text stays in the box. Needs the built web app (apps/web/dist).
 */
const ME = `query { me { person { id } memberships { role organisation { id } team { id } } } }`;
const BSN = '111222333';

describe('the content guard in the browser', () => {
  let kring: TestKring;
  let browser: Browser;
  let passwords: Map<string, string>;

  beforeAll(async () => {
    kring = await startTestKring();
    browser = await launchBrowser();
    passwords = await loadDemoPasswords(kring);
  });
  afterAll(async () => {
    await browser?.close();
    await kring?.close();
  });

  async function client(email: string) {
    const api = new GraphqlClient(kring.url);
    await api.ok(LOGIN, { email, password: passwords.get(email) });
    const { me } = await api.ok(ME);
    return {
      api,
      personId: me.person.id as string,
      membership: me.memberships.find((m: { team: unknown }) => m.team) ?? me.memberships[0],
    };
  }

  async function phone(email: string): Promise<Page> {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${kring.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(passwords.get(email)!);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Casusreflectie' }).waitFor();
    return page;
  }

  it('refuses a BSN in a live contribution on the phone, and asks to confirm a name inline', async () => {
    const sanne = await client('sanne@hoeve.demo');
    const bram = await client('bram@hoeve.demo');
    const session = (
      await sanne.api.ok(PLAN_SESSION, {
        input: {
          organisationId: sanne.membership.organisation.id,
          teamId: sanne.membership.team?.id ?? null,
          question: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
          methodId: 'incident_method',
          scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
          moderatorId: sanne.personId,
          participantIds: [bram.personId],
          lensIds: [],
        },
      })
    ).planSession;
    const moderator = await phone('sanne@hoeve.demo');
    const page = await phone('bram@hoeve.demo');
    const live = `${kring.url}/sessies/${session.id}/live`;
    await Promise.all([moderator.goto(live), page.goto(live)]);
    await moderator.getByRole('button', { name: 'Sessie starten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A BSN: refused on the phone, with the rule in plain Dutch; the text stays in the box.
    const withBsn = `Meneer K. (BSN ${BSN}) stond bij de deur.`;
    await page.getByLabel('Jouw bijdrage').fill(withBsn);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await page.getByRole('heading', { name: 'Een BSN bewaart Kring nooit' }).waitFor();
    await page.getByText('Haal het nummer weg en probeer het opnieuw.').waitFor();
    expect(await page.getByRole('button', { name: /toch versturen/ }).count()).toBe(0);
    expect(await page.getByLabel('Jouw bijdrage').inputValue()).toBe(withBsn);

    // A colleague's name: marked, and sent only after "Ik heb dit gecontroleerd".
    const named = 'Fatima zag hem als eerste bij de deur.';
    await page.getByLabel('Jouw bijdrage').fill(named);
    await page.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await page.getByRole('heading', { name: 'Controleer de gemarkeerde plekken' }).waitFor();
    await page.locator('mark.guard-mark').filter({ hasText: 'Fatima' }).waitFor();
    await page.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch versturen' }).click();
    await moderator.locator('li.entry').filter({ hasText: named }).waitFor();

    const stored = await kring.sql<{ body: string }>(`SELECT body FROM session_entry WHERE session_id = $1`, [session.id]);
    expect(stored.map((e) => e.body)).toEqual([named]);
    expect(await kring.sql(`SELECT 1 FROM session_entry WHERE body LIKE $1`, [`%${BSN}%`])).toEqual([]);
  });
});
