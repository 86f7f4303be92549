import type { Browser, Page } from 'playwright-core';
import { followMenuLink, PHONE } from '../support/browser';
import { fillLogIn, useDemoBrowser } from '../support/demo-browser';
import { startTestKring, type TestKring } from '../support/kring-test-app';

/**
 * The first hour of Kring in a real browser on a phone, in Dutch: set up an
 * organisation, give it a location and a team, invite a colleague, and let the
 * colleague join through the link in the (development) outbox. Drives the
 * pages only by what people see: labels, roles and Dutch texts.
 * Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('in the browser', () => {
  // One browser for the file (and the Kring of the onboarding); the demo test starts a second, empty Kring of its own.
  const demo = useDemoBrowser();

  describe('onboarding in the browser', () => {
    let kring: TestKring;
    let browser: Browser;
    beforeAll(() => ({ kring, browser } = demo));

    const heading = (page: Page) => page.getByRole('heading', { level: 1 });
    const alert = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });
    const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

    it('sets up an organisation, invites a colleague and lets them join', async () => {
      const admin = await (await browser.newContext(PHONE)).newPage();

      await admin.goto(kring.url);
      await admin.waitForURL('**/inrichten');
      await heading(admin).filter({ hasText: 'Kring inrichten' }).waitFor();

      await admin.getByLabel('Naam van de organisatie').fill('Zorgboerderij De Hoeve');
      await admin.getByLabel('Soort organisatie').selectOption({ label: 'Zorgboerderij' });
      await admin.getByLabel('Jouw naam').fill('Ingrid');
      await admin.getByLabel('Jouw e-mailadres').fill('ingrid@hoeve.test');
      await admin.getByLabel('Wachtwoord', { exact: true }).fill('kort');
      await admin.getByRole('button', { name: 'Kring inrichten' }).click();

      // Refused by the server: the message sits at the field, the rest is kept.
      await alert(admin, 'wachtwoord').first().waitFor();
      const password = admin.getByLabel('Wachtwoord', { exact: true });
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await admin.getByLabel('Naam van de organisatie').inputValue()).toBe('Zorgboerderij De Hoeve');

      await password.fill('een-veilig-wachtwoord');
      await admin.getByRole('button', { name: 'Kring inrichten' }).click();
      await heading(admin)
        .filter({ hasText: /^Goede(morgen|middag|navond), Ingrid$/ })
        .waitFor();
      // Nothing is set up yet: the home page asks for what is missing, and promises nothing "binnenkort".
      await admin.getByRole('link', { name: /^Maak een team aan in Zorgboerderij De Hoeve/ }).waitFor();
      await admin.getByRole('link', { name: /^Nodig je collega’s uit voor Zorgboerderij De Hoeve/ }).waitFor();
      expect(await admin.getByText(/binnenkort/i).count()).toBe(0);

      await admin.getByRole('link', { name: /^Voeg een locatie toe aan Zorgboerderij De Hoeve/ }).click();
      await heading(admin).filter({ hasText: 'Zorgboerderij De Hoeve' }).waitFor();

      await admin.getByLabel('Naam van de locatie').fill('Het Woonhuis');
      await admin.getByLabel('Soort locatie').selectOption({ label: 'Woonvoorziening' });
      await admin.getByLabel('Plaats').fill('Zwolle');
      await admin.getByRole('button', { name: 'Locatie toevoegen' }).click();
      await status(admin, 'Het Woonhuis is toegevoegd.').waitFor();

      await admin.getByLabel('Naam van het team').fill('Noord');
      await admin.getByLabel('Locatie van het team').selectOption({ label: 'Het Woonhuis' });
      await admin.getByRole('button', { name: 'Team toevoegen' }).click();
      await status(admin, 'Team Noord is toegevoegd.').waitFor();

      const invite = admin.getByRole('form', { name: 'Iemand uitnodigen' });
      await invite.getByLabel('E-mailadres').fill('bram@hoeve.test');
      await invite.getByLabel('Rol').selectOption({ label: 'Begeleider' });
      await invite.getByLabel('Team').selectOption({ label: 'Noord' });
      await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await status(admin, 'Uitnodiging verstuurd naar bram@hoeve.test').waitFor();

      // The mail leaves through the job queue, a moment after the request.
      await kring.mailDelivered();
      await followMenuLink(admin, 'Postvak');
      await heading(admin).filter({ hasText: 'Postvak' }).waitFor();
      const href = await admin
        .getByRole('link', { name: /\/uitnodiging\// })
        .first()
        .getAttribute('href');
      // The mail links to Kring's public address; this test's server has its own port.
      const link = `${kring.url}${new URL(href!).pathname}`;

      const colleague = await (await browser.newContext(PHONE)).newPage();
      await colleague.goto(link);
      await colleague.getByText('Je bent uitgenodigd voor Zorgboerderij De Hoeve als begeleider (team Noord).').waitFor();
      await colleague.getByLabel('Jouw naam').fill('Bram');
      await colleague.getByLabel('Wachtwoord', { exact: true }).fill('bram-zijn-wachtwoord');
      await colleague.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
      await heading(colleague)
        .filter({ hasText: /^Goede(morgen|middag|navond), Bram$/ })
        .waitFor();
      await colleague.getByText('Begeleider in Noord').waitFor();

      // The same link cannot be used twice; the page says so in plain words.
      await colleague.goto(link);
      await alert(colleague, 'verlopen, al gebruikt of ongeldig').waitFor();

      // Bram is to lead sessions for every team: Ingrid changes his role in his own card, without inviting him again.
      await followMenuLink(admin, 'Zorgboerderij De Hoeve');
      await heading(admin).filter({ hasText: 'Zorgboerderij De Hoeve' }).waitFor();
      const members = admin.getByRole('region', { name: 'Leden' });
      const card = (email: string) => members.getByRole('row').filter({ hasText: email });
      await card('bram@hoeve.test').getByRole('button', { name: 'Wijzigen: Bram (Begeleider)' }).click();
      const change = admin.getByRole('form', { name: 'Rol of team van Bram wijzigen' });
      // For a care worker "Geen team" is no team at all, and the form says what that would mean for Bram.
      await change.getByLabel('Team').selectOption({ label: 'Geen team' });
      const withoutTeam = change.getByText('Zonder team leest Bram alleen wat met de hele organisatie gedeeld is', { exact: false });
      await withoutTeam.waitFor();
      // A moderator works in every team, with or without one.
      await change.getByLabel('Rol').selectOption({ label: 'Gespreksleider' });
      await withoutTeam.waitFor({ state: 'detached' });
      await change.getByLabel('Team').selectOption({ label: 'Geen team (werkt in alle teams)' });
      expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
      await change.getByRole('button', { name: 'Opslaan' }).click();
      await status(admin, 'Bram is nu gespreksleider.').waitFor();
      await card('bram@hoeve.test').getByRole('cell', { name: 'Gespreksleider', exact: true }).waitFor();
      expect(await card('bram@hoeve.test').getByRole('cell', { name: 'Noord' }).count()).toBe(0);
      // The keyboard's place is kept: the focus is back on his "Wijzigen", not lost with the closed form.
      await card('bram@hoeve.test').getByRole('button', { name: 'Wijzigen: Bram (Gespreksleider)' }).waitFor();
      expect(await admin.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Wijzigen: Bram (Gespreksleider)');

      // The only administrator cannot step down: said by the save button in her card, her choice kept.
      await card('ingrid@hoeve.test').getByRole('button', { name: 'Wijzigen: Ingrid (Beheerder)' }).click();
      const own = admin.getByRole('form', { name: 'Rol of team van Ingrid wijzigen' });
      // The form opened in place has the focus, also the second time on this page (a browser honours `autofocus` once).
      expect(await own.getByLabel('Rol').evaluate((select) => select === document.activeElement)).toBe(true);
      await own.getByLabel('Rol').selectOption({ label: 'Begeleider' });
      await own.getByRole('button', { name: 'Opslaan' }).click();
      await own.getByRole('alert').filter({ hasText: 'Een organisatie heeft altijd minstens één beheerder nodig.' }).waitFor();
      expect(await own.getByLabel('Rol').inputValue()).toBe('care_worker');
      await card('ingrid@hoeve.test').getByRole('button', { name: 'Annuleren' }).click();
      await card('ingrid@hoeve.test').getByRole('cell', { name: 'Beheerder', exact: true }).waitFor();

      // Escape closes a change as Annuleren does, the focus back on the button that opened it.
      await card('bram@hoeve.test').getByRole('button', { name: 'Wijzigen: Bram (Gespreksleider)' }).click();
      await admin.getByRole('form', { name: 'Rol of team van Bram wijzigen' }).getByLabel('Team').press('Escape');
      await admin.getByRole('form', { name: 'Rol of team van Bram wijzigen' }).waitFor({ state: 'detached' });
      expect(await admin.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Wijzigen: Bram (Gespreksleider)');

      // "Verwijderen" asks once more with the focus on its answer, and gives the focus back when not answered yes.
      const focused = () => admin.evaluate(() => document.activeElement?.textContent);
      await card('bram@hoeve.test').getByRole('button', { name: 'Verwijderen: Bram (Gespreksleider)' }).click();
      expect(await focused()).toBe('Ja, verwijderen');
      await card('bram@hoeve.test').getByRole('button', { name: 'Annuleren' }).click();
      expect(await focused()).toBe('Verwijderen');
      // Escape puts the question away too.
      await card('bram@hoeve.test').getByRole('button', { name: 'Verwijderen: Bram (Gespreksleider)' }).click();
      await admin.keyboard.press('Escape');
      expect(await focused()).toBe('Verwijderen');

      // Bram's own home page reads his new role.
      await colleague.goto(kring.url);
      await colleague
        .getByRole('listitem')
        .filter({ hasText: /^Zorgboerderij De Hoeve · Gespreksleider$/ })
        .waitFor();

      // The privacy page's log says who changed what, and from what to what, in the same row on the phone.
      await admin.goto(`${kring.url}/privacy`);
      await admin
        .getByRole('row')
        .filter({ hasText: 'Rol of team van lid gewijzigd' })
        .filter({ hasText: 'Persoon: Bram' })
        .getByText(/^Rol: Begeleider → Gespreksleider · Team: (Team )?Noord → geen team$/)
        .waitFor();
    });

    it('refuses a wrong password in Dutch, keeps the address, and remembers a switch to English', async () => {
      const page = await (await browser.newContext(PHONE)).newPage();
      await page.goto(`${kring.url}/inloggen`);
      await fillLogIn(page, 'ingrid@hoeve.test', 'niet-het-wachtwoord');
      await alert(page, 'horen niet bij elkaar').waitFor();
      expect(await page.getByLabel('E-mailadres').inputValue()).toBe('ingrid@hoeve.test');

      await page.getByLabel('Wachtwoord', { exact: true }).fill('een-veilig-wachtwoord');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await heading(page)
        .filter({ hasText: /Ingrid$/ })
        .waitFor();

      // Saved in the profile, so it survives a reload and follows the person.
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page)
        .filter({ hasText: /^Good (morning|afternoon|evening), Ingrid$/ })
        .waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'What is Kring for?' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  describe('the demo network in the browser', () => {
    // An empty Kring, as the setup page needs.
    let kring: TestKring | undefined;
    beforeAll(async () => {
      kring = await startTestKring();
    });
    afterAll(() => kring?.close());

    it('loads the demo from the setup page and logs in with a printed account', async () => {
      const page = await (await demo.browser.newContext(PHONE)).newPage();
      await page.goto(`${kring!.url}/inrichten`);
      await page.getByRole('button', { name: 'Probeer Kring met een demo-netwerk' }).click();

      // The demo loads in some twenty seconds on a quiet machine (kring-test-app.ts), longer under a full run's load.
      const firstAccount = page.getByRole('table').getByRole('row').nth(1);
      await firstAccount.waitFor({ timeout: 90_000 });
      const cells = await firstAccount.getByRole('cell').allTextContents();
      const [email, password] = cells.slice(-2);
      expect(email).toContain('@');

      await page.getByRole('link', { name: 'Naar inloggen' }).click();
      await fillLogIn(page, email, password);
      await page.getByRole('heading', { level: 2, name: 'Jouw plek in Kring' }).waitFor();
    }, 150_000);
  });
});
