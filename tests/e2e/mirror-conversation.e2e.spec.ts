import fs from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { PASSWORD } from '../support/fixtures';
import { followMenuLink, PHONE } from '../support/browser';
import { homeGreeting, useDemoBrowser } from '../support/demo-browser';
import type { TestKring } from '../support/kring-test-app';
import { mirrorOrganisation, MirrorOrganisation, plannedConversation } from '../integration/mirror-conversations.support';

/**
 * A mirror conversation from preparation to the letter back, in a real
 * browser and in Dutch: the moderator plans it and invites two relatives;
 * the relatives answer through their personal links on a phone (one later
 * withdraws consent to be quoted); the moderator captures statements live;
 * the harvest hides the withdrawn quote; and the letter's PDF is produced.
 * Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('a mirror conversation in the browser', () => {
  const demo = useDemoBrowser();
  let kring: TestKring;
  let browser: Browser;
  let org: MirrorOrganisation;
  beforeAll(async () => {
    ({ kring, browser } = demo);
    org = await mirrorOrganisation(kring);
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  /** Everyone in this organisation joined through an invitation with the fixtures' password; logged in, the home page greets them. */
  const logIn = (email: string, device: BrowserContextOptions) => demo.logIn(email, { password: PASSWORD, device, landed: homeGreeting });

  /** Invites a relative without e-mail and returns the personal link shown once on the card. */
  async function invite(moderator: Page, name: string): Promise<string> {
    const form = moderator.getByRole('form', { name: 'Iemand uitnodigen' });
    await form.getByLabel('Naam (voor jullie eigen lijst)').fill(name);
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    const card = moderator.locator('.mirror-link-card').filter({ hasText: `Voor: ${name}` });
    await card.getByRole('img', { name: 'QR-code met de persoonlijke link' }).waitFor();
    const link = await card.getByRole('textbox', { name: 'Persoonlijke link' }).inputValue();
    // The mail links to Kring's public address; this test's server has its own port.
    return `${kring.url}${new URL(link).pathname}`;
  }

  /** A relative on a phone: reads the page, gives consent, and answers beforehand. */
  async function answer(phone: Page, link: string, relation: string, important: string, experienced: string) {
    await phone.goto(link);
    await heading(phone).filter({ hasText: 'Uitnodiging voor een spiegelgesprek' }).waitFor();
    await phone.getByRole('heading', { name: 'Wat gebeurt er met uw woorden?' }).waitFor();
    await phone.getByLabel('Ik doe mee aan het gesprek.').check();
    await phone.getByLabel('Mijn woorden mogen als citaat gebruikt worden, zonder mijn naam.').check();
    await phone.getByLabel('Wie bent u van de bewoner?').selectOption({ label: relation });
    const home = phone.getByRole('group', { name: 'Je thuis voelen' });
    await home.getByLabel('Wat vind ik belangrijk?').fill(important);
    await home.getByLabel('Wat ervaar ik?').fill(experienced);
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await status(phone, 'Dank u wel. Uw keuzes en wat u schreef zijn bewaard.').waitFor();
    // Made for a phone: nothing sticks out sideways at 360 pixels.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }

  it('runs from preparation to the letter back, and a withdrawal takes the quote out', async () => {
    const moderator = await logIn('mira@hoeve.test', { acceptDownloads: true });

    // Prepare.
    await followMenuLink(moderator, 'Spiegelgesprekken');
    await heading(moderator).filter({ hasText: 'Spiegelgesprekken' }).waitFor();
    await moderator.getByLabel('Thema').fill('Voelt uw naaste zich hier thuis?');
    await moderator.getByLabel('Datum').fill('2031-05-01');
    await moderator.getByLabel('Tijd').fill('19:30');
    await moderator.getByLabel('Team dat luistert').selectOption({ label: 'Wonen' });
    await moderator.getByRole('button', { name: 'Spiegelgesprek plannen' }).click();
    await heading(moderator).filter({ hasText: 'Voelt uw naaste zich hier thuis?' }).waitFor();
    await moderator.getByText('Bram de Wit, Sanne Bos').waitFor();

    await moderator.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await moderator.getByLabel('Vraag 1').fill('Waaraan merkt u dat uw naaste zich hier thuis voelt?');
    await moderator.getByRole('group', { name: 'Thema’s' }).getByLabel('Je thuis voelen').check();
    await moderator.getByRole('button', { name: 'Leidraad bewaren' }).click();
    await status(moderator, 'De gespreksleidraad is bewaard.').waitFor();

    // Invite two relatives; their links are shown once, to copy or print with a QR code.
    const linkA = await invite(moderator, 'Familie Jansen');
    const linkB = await invite(moderator, 'Familie De Vries');

    // The relatives answer on their phones.
    const phoneA = await (await browser.newContext(PHONE)).newPage();
    const phoneB = await (await browser.newContext(PHONE)).newPage();
    await answer(phoneA, linkA, 'Zoon of dochter', 'Rust en haar eigen ritme', 'Ze mag uitslapen');
    // Too long is refused kindly, and what was typed stays.
    const tooLong = 'Heel veel te vertellen. '.repeat(200);
    await phoneB.goto(linkB);
    await phoneB.getByLabel('Ik doe mee aan het gesprek.').check();
    await phoneB.getByLabel('Wat wilt u ons vooraf vertellen?').fill(tooLong);
    await phoneB.getByRole('button', { name: 'Opslaan' }).click();
    // The choices are saved all the same; the message stands by the button that was pressed, on the phone's screen.
    const kept = status(phoneB, 'Uw keuzes zijn bewaard. Eén van uw teksten is te lang');
    await kept.waitFor();
    const [button, message] = await Promise.all([phoneB.getByRole('button', { name: 'Opslaan' }).boundingBox(), kept.boundingBox()]);
    expect(Math.abs(message!.y - button!.y)).toBeLessThan(200);
    await phoneB.getByText(`Dit zijn ${tooLong.trim().length} tekens; er passen er 4000.`).waitFor();
    expect(await phoneB.getByLabel('Wat wilt u ons vooraf vertellen?').inputValue()).toBe(tooLong);
    await phoneB.reload();
    expect(await phoneB.getByLabel('Ik doe mee aan het gesprek.').isChecked()).toBe(true);
    await phoneB.getByLabel('Wat wilt u ons vooraf vertellen?').fill('Fijn dat jullie het vragen.');
    await answer(phoneB, linkB, 'Partner', 'Dat hij zichzelf kan zijn', 'Het voelt als thuis');

    // Hold: the moderator captures what each relative says.
    await moderator.getByRole('link', { name: 'Naar het gespreksscherm' }).click();
    await moderator.getByRole('button', { name: 'Gesprek starten' }).click();
    const capture = moderator.getByRole('form', { name: 'Uitspraak vastleggen' });
    for (const [who, said] of [
      ['Naaste A', 'Ze mag hier gewoon uitslapen, net als thuis.'],
      ['Naaste B', 'Ik word altijd gebeld als er iets is.'],
    ]) {
      await capture.getByLabel('Wat werd er gezegd?').fill(said);
      await capture.getByLabel('Wie zei het?').selectOption({ label: who });
      await capture.getByLabel('Citeerbaar').check();
      await capture.getByRole('button', { name: 'Vastleggen' }).click();
      await moderator.locator('.mirror-statements').getByText(said).waitFor();
    }
    // A listener on his phone is writing a note when the moderator ends the conversation.
    const listener = await logIn('bram@hoeve.test', PHONE);
    await listener.goto(moderator.url());
    const unsentNote = 'Uitslapen komt steeds terug: vragen hoe dat bij ons gaat.';
    await listener.getByRole('form', { name: 'Notitie' }).getByLabel('Notitie').fill(unsentNote);
    await moderator.getByRole('button', { name: /^Gesprek afsluiten/ }).click();
    await moderator.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await moderator.getByRole('heading', { name: 'Het gesprek is afgesloten' }).waitFor();
    // His words stay on his screen (also after a reload: they are on his phone), to copy, until he throws them away.
    const notSent = listener.locator('section').filter({ has: listener.getByRole('heading', { name: 'Niet verstuurd' }) });
    await notSent.getByText(unsentNote).waitFor();
    await listener.reload();
    await notSent.getByText(unsentNote).waitFor();
    expect(await listener.getByRole('form', { name: 'Notitie' }).count()).toBe(0);
    await notSent.getByRole('button', { name: 'Weggooien' }).click();
    await notSent.getByRole('button', { name: 'Ja, weggooien' }).click();
    await notSent.waitFor({ state: 'detached' });
    await listener.reload();
    await listener.getByText('Het gesprek is afgesloten. De gespreksleider maakt nu de oogst.').waitFor();
    expect(await notSent.count()).toBe(0);
    expect(await kring.sql(`SELECT 1 FROM mirror_listener_note WHERE body = $1`, [unsentNote])).toEqual([]);

    // Harvest: both statements chosen as quotes, and a summary for the theme.
    await moderator.getByRole('link', { name: 'Naar de oogst' }).click();
    const harvest = moderator.locator('#oogst');
    for (const said of ['Ze mag hier gewoon uitslapen', 'Ik word altijd gebeld']) {
      await harvest.locator('li').filter({ hasText: said }).getByLabel('In de oogst').check();
      await harvest.locator('blockquote').filter({ hasText: said }).waitFor();
    }
    const home = harvest.getByRole('form', { name: 'Je thuis voelen' });
    await home.getByLabel('Wat we hoorden over Je thuis voelen').fill('Naasten zien dat het eigen ritme er mag zijn.');
    await home.getByRole('button', { name: 'Bewaren' }).click();
    await status(moderator, /^Bewaard\.$/).waitFor();

    // Relative B withdraws consent to be quoted, through the same link.
    await phoneB.reload();
    await phoneB.getByLabel('Mijn woorden mogen als citaat gebruikt worden, zonder mijn naam.').uncheck();
    await phoneB.getByRole('button', { name: 'Opslaan' }).click();
    await status(phoneB, 'Dank u wel. Uw keuzes zijn bewaard.').waitFor();

    // The harvest no longer shows B's quote; A's stays.
    await moderator.reload();
    await moderator.locator('#oogst blockquote').filter({ hasText: 'Ze mag hier gewoon uitslapen' }).waitFor();
    expect(await moderator.locator('#oogst blockquote').filter({ hasText: 'Ik word altijd gebeld' }).count()).toBe(0);
    await moderator
      .locator('#oogst li')
      .filter({ hasText: 'Ik word altijd gebeld' })
      .getByText('Deze naaste gaf (nu) geen toestemming om geciteerd te worden.')
      .waitFor();

    await moderator.getByRole('button', { name: /^Oogst goedkeuren/ }).click();
    await moderator.getByRole('button', { name: 'Ja, goedkeuren en ruwe aantekeningen verwijderen' }).click();
    await moderator.getByText(/^Goedgekeurd op /).waitFor();

    // A listener hears of it on his phone: under the bell, a notification (labels only, not the theme) that opens the conversation.
    await listener.goto(kring.url);
    await listener.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }).click();
    const told = listener.locator('li.notification').filter({ hasText: 'De oogst van het spiegelgesprek met naasten (Wonen)' });
    await told.getByText(/is goedgekeurd\. Lees wat naasten vertelden\.$/).waitFor();
    expect(await told.getByText(/Voelt uw naaste/).count()).toBe(0);
    await told.getByRole('link', { name: 'Bekijken' }).click();
    await heading(listener).filter({ hasText: 'Voelt uw naaste zich hier thuis?' }).waitFor();

    // The listener reflection: one action plans a session of the team, with what we heard as its starting point.
    const reflection = moderator.getByRole('form', { name: 'Luisteraarsreflectie plannen' });
    await reflection.getByLabel('Datum').fill('2031-05-15');
    await reflection.getByLabel('Tijd').fill('14:00');
    await reflection.getByRole('button', { name: 'Luisteraarsreflectie plannen' }).click();
    await moderator.getByRole('link', { name: /^Luisteraarsreflectie na het spiegelgesprek/ }).waitFor();
    const [session] = await kring.sql<{ id: string; team_id: string }>(
      `SELECT s.id, s.team_id FROM reflection_session s JOIN mirror_conversation c ON c.listener_session_id = s.id`,
    );
    expect(session.team_id).toBe(org.teamId);
    expect(await kring.sql(`SELECT kind, body FROM harvest_item WHERE session_id = $1`, [session.id])).toEqual([
      { kind: 'insight', body: 'Naasten over Je thuis voelen: Naasten zien dat het eigen ritme er mag zijn.' },
    ]);

    // The letter back, drafted from the harvest, and its PDF.
    await moderator.getByRole('button', { name: 'Brief opstellen' }).click();
    const letter = moderator.getByRole('form', { name: 'Brief: wat we hoorden, wat we gaan doen' });
    expect(await letter.getByLabel('Wat we hoorden').inputValue()).toContain('Naasten zien dat het eigen ritme er mag zijn.');
    await letter.getByLabel('Datum om erop terug te komen').fill('2031-09-01');
    await letter.getByRole('button', { name: 'Brief bewaren' }).click();
    await status(moderator, 'De brief is bewaard.').waitFor();
    const [download] = await Promise.all([
      moderator.waitForEvent('download'),
      moderator.getByRole('button', { name: 'Brief downloaden (pdf)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wat-we-hoorden.pdf');
    expect(
      fs
        .readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Only the statements chosen as quotes whose relative still consents to being quoted outlive the approval: B
    // withdrew before it, so B's words are gone, not only hidden ("Trekt u iets in, dan halen we uw woorden overal weg").
    const statements = await kring.sql<{ body: string; in_harvest: boolean }>(
      `SELECT body, in_harvest FROM mirror_statement ORDER BY body`,
    );
    expect(statements).toEqual([{ body: 'Ze mag hier gewoon uitslapen, net als thuis.', in_harvest: true }]);

    // Sent: the relatives without e-mail find the letter through their own link.
    await moderator.getByRole('button', { name: /^Brief versturen/ }).click();
    await moderator.getByRole('button', { name: 'Ja, versturen' }).click();
    await status(
      moderator,
      'De brief staat op de pagina van wie meedoet. Er ging geen e-mail uit: van niemand is een e-mailadres bekend.',
    ).waitFor();
    await phoneA.reload();
    await phoneA.getByRole('heading', { name: 'Brief: wat we hoorden, wat we gaan doen' }).waitFor();
    await phoneA.locator('blockquote').filter({ hasText: 'Ze mag hier gewoon uitslapen' }).waitFor();
    expect(await phoneA.locator('body').innerText()).not.toContain('Ik word altijd gebeld');
    // The conversation was held: the page is no invitation any more, asks for nothing beforehand and has no empty boxes;
    // what A wrote beforehand is there to read, not in a box that looks editable.
    await heading(phoneA).filter({ hasText: 'Het spiegelgesprek' }).waitFor();
    const page = await phoneA.locator('main').innerText();
    for (const invitation of ['Uitnodiging voor een spiegelgesprek', 'Wilt u vooraf al iets vertellen?', 'Dat mag, maar het hoeft niet.'])
      expect(page).not.toContain(invitation);
    expect(page).not.toMatch(/van \d+ tekens|Wordt gewist|We wissen/);
    expect(await phoneA.locator('main textarea').count()).toBe(0);
    await phoneA.getByRole('heading', { name: 'Wat u vooraf schreef' }).waitFor();
  });

  it('tells someone who is not in the conversation why, on a phone, and offers no way into its screens', async () => {
    const conversation = await plannedConversation(org);
    // Kees works in another team and listens to nothing here: the console's address alone lets him in nowhere.
    const phone = await logIn('kees@hoeve.test', PHONE);
    await phone.goto(`${kring.url}/spiegelgesprekken/${conversation.id}/gesprek`);
    await phone.getByRole('alert').filter({ hasText: 'Je bent geen gespreksleider of luisteraar bij dit spiegelgesprek.' }).waitFor();
    expect(await phone.getByRole('link', { name: 'Scherm voor in de kamer (nieuw venster)' }).count()).toBe(0);
    await phone.getByRole('link', { name: 'Terug naar het spiegelgesprek' }).waitFor();
  });
});
