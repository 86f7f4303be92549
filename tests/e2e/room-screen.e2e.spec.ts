import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser';
import { loadDemoPasswords } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

/**
 * The room's shared screen (issue #11.3), in the demo network: Sanne opens
 * /sessies/:id/scherm on the living room's television (a desktop browser)
 * and starts the session from it. Bram scans the QR code with his phone (the
 * code is read from a screenshot of the screen, as a camera would) and,
 * after logging in, lands in the live room. What he writes appears on the
 * screen without his name; Fatima, not invited, gets nowhere with the code.
 * Needs the built web app (apps/web/dist).
 */

const TELEVISION = { viewport: { width: 1600, height: 900 } };
const QUESTION = 'Wat doen we als mevrouw J. ’s avonds niet wil eten?';
const INCIDENT = 'Mevrouw J. schoof haar bord weg en zei dat ze al gegeten had.';

describe('the room screen with its QR code', () => {
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

  async function logInOn(page: Page, email: string) {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(passwords.get(email)!);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  async function logIn(email: string, device: object): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    await page.goto(`${kring.url}/inloggen`);
    await logInOn(page, email);
    await page.getByRole('heading', { level: 2, name: 'Casusreflectie' }).waitFor();
    return { context, page };
  }

  /** What a phone camera reads from the QR code on the screen. */
  async function scan(page: Page): Promise<string> {
    const png = PNG.sync.read(await page.getByRole('img', { name: 'QR-code om mee te doen op je telefoon' }).screenshot());
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) throw new Error('No QR code readable on the screen');
    return found.data;
  }

  it('shows phase, timer and board without names or menu, and a phone joins by scanning its QR code', async () => {
    const { page: screen } = await logIn('sanne@hoeve.demo', TELEVISION);
    await screen.goto(`${kring.url}/sessies/nieuw`);
    await screen.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await screen.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await screen.getByLabel('Vraag of thema').fill(QUESTION);
    await screen.getByLabel('Datum').fill(new Date().toISOString().slice(0, 10));
    await screen.getByLabel('Tijd').fill('19:30');
    await screen.getByRole('button', { name: 'Sessie plannen' }).click();
    await screen.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    const sessionId = new URL(screen.url()).pathname.split('/')[2];

    // The television: no menu, no footer, no one's name; the moderator starts from here.
    await screen.goto(`${kring.url}/sessies/${sessionId}/scherm`);
    await screen.getByRole('heading', { level: 1, name: 'We beginnen zo' }).waitFor();
    expect(await screen.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await screen.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    await screen.getByRole('button', { name: 'Sessie starten' }).click();
    await screen.getByRole('heading', { level: 1, name: 'Het incident' }).waitFor();
    await screen.getByRole('timer').waitFor();

    // Bram's phone reads the code from the screen; logged out, it goes by the login page and then into the room.
    const url = await scan(screen);
    const code = sessionId.replace(/-/g, '').slice(0, 6).toUpperCase();
    expect(url).toBe(`${kring.url}/meedoen/${code}`);
    await screen.getByText(`Code: ${code}`).waitFor();
    const bramPhone = await browser.newContext(PHONE);
    const bram = await bramPhone.newPage();
    await bram.goto(url);
    await bram.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await logInOn(bram, 'bram@hoeve.demo');
    await bram.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    expect(new URL(bram.url()).pathname).toBe(`/sessies/${sessionId}/live`);

    // What Bram writes appears on the screen in large type, without his name.
    await bram.getByLabel('Jouw bijdrage').fill(INCIDENT);
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await screen.locator('.room-screen__card').filter({ hasText: INCIDENT }).waitFor();
    for (const name of ['Bram', 'Sanne', 'Mulder']) expect(await screen.getByText(name).count()).toBe(0);

    // Fatima is not invited: the code leads her nowhere, and typing it does not help either.
    const { page: fatima } = await logIn('fatima@hoeve.demo', PHONE);
    await fatima.goto(url);
    await fatima.getByText('Met deze code vinden we geen sessie waaraan jij meedoet.', { exact: false }).waitFor();
    await fatima.goto(`${kring.url}/meedoen`);
    await fatima.getByLabel('Code van het scherm').fill('zz');
    await fatima.getByRole('button', { name: 'Meedoen' }).click();
    await fatima.getByText('Een code heeft 6 tekens', { exact: false }).waitFor();
    expect(new URL(fatima.url()).pathname).toBe('/meedoen');
  }, 180_000);
});
