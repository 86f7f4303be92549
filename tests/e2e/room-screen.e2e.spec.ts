import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { fillLogIn, homeSection, useDemoBrowser } from '../support/demo-browser';

/** A day still to come at any hour this runs: a start in the past is refused. */
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/**
 * The room's shared screen (issue #11.3), in the demo network: Sanne opens
 * /sessies/:id/scherm on the living room's television (a desktop demo.browser)
 * and starts the session from it. Bram scans the QR code with his phone (the
 * code is read from a screenshot of the screen, as a camera would) and,
 * after logging in, lands in the live room. What he writes appears on the
 * screen without his name; Fatima, not invited, gets nowhere with the code.
 * Needs the built web app (apps/web/dist).
 */

const TELEVISION = { viewport: { width: 1600, height: 900 } };
const QUESTION = 'Wat doen we als mevrouw J. ’s avonds niet wil eten?';
const INCIDENT = 'Mevrouw J. schoof haar bord weg en zei dat ze al gegeten had.';

describe('the live room as a board, and its screen for the room', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  const logIn = (email: string, device: BrowserContextOptions): Promise<Page> =>
    demo.logIn(email, { device, landed: homeSection('Casusreflectie') });

  /** What a phone camera reads from the QR code on the screen. */
  async function scan(page: Page): Promise<string> {
    const png = PNG.sync.read(await page.getByRole('img', { name: 'QR-code om mee te doen op je telefoon' }).screenshot());
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) throw new Error('No QR code readable on the screen');
    return found.data;
  }

  it('shows phase, timer and board without names or menu, and a phone joins by scanning its QR code', async () => {
    const screen = await logIn('sanne@hoeve.demo', TELEVISION);
    await screen.goto(`${demo.kring.url}/sessies/nieuw`);
    await screen.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await screen.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await screen.getByLabel('Vraag of thema').fill(QUESTION);
    await screen.getByLabel('Datum').fill(tomorrow());
    await screen.getByLabel('Tijd').fill('19:30');
    await screen.getByRole('button', { name: 'Sessie plannen' }).click();
    await screen.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    const sessionId = new URL(screen.url()).pathname.split('/')[2];

    // The television: no menu, no footer, no one's name; the moderator starts from here.
    await screen.goto(`${demo.kring.url}/sessies/${sessionId}/scherm`);
    await screen.getByRole('heading', { level: 1, name: 'We beginnen zo' }).waitFor();
    expect(await screen.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await screen.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    await screen.getByRole('button', { name: 'Sessie starten' }).click();
    await screen.getByRole('heading', { level: 1, name: 'Het incident' }).waitFor();
    await screen.getByRole('timer').waitFor();

    // Bram's phone reads the code from the screen; logged out, it goes by the login page and then into the room.
    const url = await scan(screen);
    const code = sessionId.replace(/-/g, '').slice(0, 6).toUpperCase();
    expect(url).toBe(`${demo.kring.url}/meedoen/${code}`);
    await screen.getByText(`Code: ${code}`).waitFor();
    const bramPhone = await demo.browser.newContext(PHONE);
    const bram = await bramPhone.newPage();
    await bram.goto(url);
    await bram.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await fillLogIn(bram, 'bram@hoeve.demo');
    await bram.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    expect(new URL(bram.url()).pathname).toBe(`/sessies/${sessionId}/live`);

    // What Bram writes appears on the screen in large type, without his name.
    await bram.getByLabel('Jouw bijdrage').fill(INCIDENT);
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await screen.locator('.room-screen__card').filter({ hasText: INCIDENT }).waitFor();
    for (const name of ['Bram', 'Sanne', 'Mulder']) expect(await screen.getByText(name).count()).toBe(0);

    // Fatima is not invited: the code leads her nowhere, and typing it does not help either.
    const fatima = await logIn('fatima@hoeve.demo', PHONE);
    await fatima.goto(url);
    await fatima.getByText('Met deze code vinden we geen sessie waaraan jij meedoet.', { exact: false }).waitFor();
    await fatima.goto(`${demo.kring.url}/meedoen`);
    await fatima.getByLabel('Code van het scherm').fill('zz');
    await fatima.getByRole('button', { name: 'Meedoen' }).click();
    await fatima.getByText('Een code heeft 6 tekens', { exact: false }).waitFor();
    expect(new URL(fatima.url()).pathname).toBe('/meedoen');
  }, 180_000);

  it('groups cards on the board by dragging them, by keyboard on the drag handle, and with the "Verplaats naar groep" menu', async () => {
    const sanne = await logIn('sanne@hoeve.demo', { viewport: { width: 1280, height: 1400 } });
    const bram = await logIn('bram@hoeve.demo', PHONE);
    await sanne.goto(`${demo.kring.url}/sessies/nieuw`);
    await sanne.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await sanne.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await sanne.getByLabel('Vraag of thema').fill('Onrust bij het slapengaan');
    await sanne.getByLabel('Datum').fill(tomorrow());
    await sanne.getByLabel('Tijd').fill('20:00');
    await sanne.getByRole('button', { name: 'Sessie plannen' }).click();
    await sanne.getByRole('heading', { level: 1, name: 'Onrust bij het slapengaan' }).waitFor();
    const live = `${demo.kring.url}/sessies/${new URL(sanne.url()).pathname.split('/')[2]}/live`;
    await Promise.all([sanne.goto(live), bram.goto(live)]);
    await sanne.getByRole('button', { name: 'Sessie starten' }).click();
    for (const phase of ['Feitenvragen', 'Het beslismoment', 'Wat zou jij doen?']) {
      await sanne.getByRole('button', { name: `Volgende fase: ${phase}` }).click();
      await bram.getByRole('heading', { level: 2, name: phase }).waitFor();
    }
    const cards = ['Eerst de radio zachter zetten.', 'Samen nog een kop thee drinken.'];
    for (const body of cards) {
      await bram.getByLabel('Jouw bijdrage').fill(body);
      await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
      await bram.locator('li.entry').filter({ hasText: body }).waitFor();
    }
    await sanne.getByRole('button', { name: 'Bijdragen aan iedereen laten zien' }).click();
    await sanne.getByRole('button', { name: 'Volgende fase: Vergelijken' }).click();
    await bram.getByRole('heading', { level: 2, name: 'Vergelijken' }).waitFor();

    const card = (page: Page, body: string) => page.locator('li.entry').filter({ hasText: body });
    const inGroup = (page: Page, name: string, body: string) =>
      page
        .locator('.group')
        .filter({ has: page.getByRole('heading', { level: 3, name }) })
        .locator('li.entry')
        .filter({ hasText: body });

    // With the mouse: the first card by its handle onto "new group", named beforehand.
    await sanne.getByLabel('Naam van een nieuwe groep').fill('Rust in de avond');
    const handle = await card(sanne, cards[0])
      .getByRole('button', { name: /^Verslepen/ })
      .boundingBox();
    const target = await sanne.locator('.group--new').boundingBox();
    await sanne.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
    await sanne.mouse.down();
    await sanne.mouse.move(handle!.x + 30, handle!.y - 30, { steps: 5 });
    await sanne.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 15 });
    await sanne.mouse.up();
    await inGroup(bram, 'Rust in de avond', cards[0]).waitFor();

    // With the keyboard on the handle: Space picks the card up, the arrows move it (the zone it is over is announced), Space puts it down.
    await card(sanne, cards[1])
      .getByRole('button', { name: /^Verslepen/ })
      .focus();
    await sanne.keyboard.press('Space');
    // Picked up (dnd-kit marks the handle pressed); the live region already says which zone the card is over.
    await card(sanne, cards[1]).locator('.drag-handle[aria-pressed="true"]').waitFor();
    await sanne.getByText('Boven: Nog niet geordend.').waitFor({ state: 'attached' });
    for (let i = 0; i < 40 && (await sanne.getByText('Boven: Rust in de avond.').count()) === 0; i++) {
      await sanne.keyboard.press('ArrowUp');
      await sanne.waitForTimeout(100);
    }
    await sanne.keyboard.press('Space');
    await sanne.getByText('Neergezet in: Rust in de avond.').waitFor({ state: 'attached' });
    await inGroup(bram, 'Rust in de avond', cards[1]).waitFor();

    // With the menu, by keyboard alone: out of the group again.
    await card(sanne, cards[1]).getByText('Verplaats naar groep').focus();
    await sanne.keyboard.press('Enter');
    await card(sanne, cards[1]).getByRole('button', { name: 'Uit de groep halen' }).focus();
    await sanne.keyboard.press('Enter');
    await inGroup(bram, 'Nog niet geordend', cards[1]).waitFor();
    expect(await inGroup(bram, 'Rust in de avond', cards[1]).count()).toBe(0);

    // A value on a card, from the compact picker: search instead of a list of 49.
    await card(bram, cards[0]).getByText('Waarde erbij zetten').click();
    await card(bram, cards[0]).getByLabel('Zoek een waarde').fill('geborgen');
    await card(bram, cards[0]).getByRole('radio', { name: 'Veiligheid en geborgenheid' }).check();
    await card(bram, cards[0]).getByText('Gekozen: Veiligheid en geborgenheid').waitFor();
    await card(bram, cards[0]).getByRole('button', { name: 'Waarde toevoegen' }).click();
    await card(sanne, cards[0])
      .getByText(/^Veiligheid en geborgenheid ·/)
      .waitFor();
  }, 180_000);
});
