import fs from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { homeSection, useDemoBrowser } from '../support/demo-browser';

/**
 * A whole incidentmethode session in real browsers, in the demo network:
 * Sanne (gespreksleider) plans it on a laptop, Bram and Fatima (begeleiders)
 * take part on their phones. Fatima loses her connection while typing; what
 * she sent waits as "nog niet verzonden" and arrives exactly once when she is
 * back. Then the harvest, the approved report and its PDF, and the next
 * session of the team opening with "Hoe ging het?". A question sent offline
 * and refused because the room moved on comes back in the box on the screen.
 * Drives the pages only by what people see. Needs the built web app
 * (apps/web/dist).
 */

const LAPTOP = { viewport: { width: 1280, height: 900 } };

const QUESTION = 'Meneer K. wilde om tien uur ’s avonds naar buiten';
const INCIDENT = 'Meneer K. stond om tien uur ’s avonds met zijn jas aan bij de voordeur en wilde naar de koeien.';
const OFFLINE_IDEA = 'Ik zou met hem mee naar de stal lopen en onderweg vragen wat hij daar wil doen.';
const ONLINE_IDEA = 'Ik zou eerst naast hem gaan zitten en de tijd nemen.';
const INSIGHT = 'Eerst aansluiten bij wat meneer K. wil, dan pas kijken wat er moet.';
const LESSON = 'Eerst luisteren naar wat hij zoekt, dan pas naar de deur.';
const PRACTICE = 'Bij onrust ’s avonds eerst samen een rondje over het erf';
const MEMO = 'Volgende keer Fatima als eerste laten beginnen.';

describe('an incidentmethode session in the browser', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  const heading = (page: Page, text: string | RegExp) => page.getByRole('heading', { level: 1, name: text });
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  const logIn = (email: string, device: BrowserContextOptions = PHONE): Promise<Page> =>
    demo.logIn(email, { device, landed: homeSection('Casusreflectie') });

  /** An entry in the room's list, by its text. */
  const entry = (page: Page, text: string) => page.locator('li.entry').filter({ hasText: text });

  async function nextPhase(moderator: Page, participants: Page[], title: string) {
    await moderator.getByRole('button', { name: `Volgende fase: ${title}` }).click();
    for (const page of [moderator, ...participants]) await page.getByRole('heading', { level: 2, name: title }).waitFor();
  }

  /** Seconds on the phase clock, e.g. "4:58" → 298. */
  async function clockSeconds(page: Page): Promise<number> {
    const [minutes, seconds] = (await page.getByRole('timer').textContent())!.split(':').map(Number);
    return minutes * 60 + seconds;
  }

  it('runs from planning to the PDF report, and loses nothing on a dropped connection', async () => {
    const sanne = await logIn('sanne@hoeve.demo', LAPTOP);
    const bram = await logIn('bram@hoeve.demo');
    const fatima = await logIn('fatima@hoeve.demo');
    const fatimaDevice = fatima.context();

    // Planning: team, method, question, when, who. Sanne leads one of De Hoeve's teams, so it is chosen for her.
    await sanne.getByRole('link', { name: 'Sessie plannen', exact: true }).click();
    await heading(sanne, 'Sessie plannen').waitFor();
    expect(await sanne.getByLabel('Team', { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text)).toBe(
      'Team dagbesteding',
    );
    await sanne.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await sanne.getByLabel('Vraag of thema').fill(QUESTION);
    // A date that has passed is refused beside "Wanneer", and everything typed stays.
    await sanne.getByLabel('Datum').fill('2020-01-01');
    await sanne.getByLabel('Tijd').fill('19:30');
    // The team's members are invited already; Fatima (team wonen) joins them.
    await expect(sanne.getByRole('checkbox', { name: 'Bram Mulder' }).isChecked()).resolves.toBe(true);
    await sanne.getByRole('checkbox', { name: 'Fatima el Amrani' }).check();
    await sanne.getByRole('button', { name: 'Sessie plannen' }).click();
    await sanne
      .getByRole('group', { name: 'Wanneer' })
      .getByText('Datum en tijd ligt in het verleden: kies een moment dat nog komt')
      .waitFor();
    expect(await sanne.getByLabel('Vraag of thema').inputValue()).toBe(QUESTION);
    await expect(sanne.getByRole('checkbox', { name: 'Fatima el Amrani' }).isChecked()).resolves.toBe(true);
    await sanne.getByLabel('Datum').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await sanne.getByRole('button', { name: 'Sessie plannen' }).click();
    await heading(sanne, QUESTION).waitFor();
    await status(sanne, 'De sessie is gepland').waitFor();
    const sessionId = new URL(sanne.url()).pathname.split('/')[2];

    // The plan can still change: where it takes place.
    await sanne.getByText('Plan aanpassen').click();
    await sanne.getByLabel('Waar').fill('De kantine van de boerderij');
    await sanne.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await status(sanne, 'De wijzigingen zijn opgeslagen.').waitFor();
    await sanne.getByText('De kantine van de boerderij', { exact: true }).waitFor();

    // The invited see it on their home page, with an iCalendar file for their agenda.
    await bram.reload();
    const card = bram.locator('.session-card').filter({ hasText: QUESTION });
    await card.waitFor();
    const ics = await bram.request.get(`${demo.kring.url}${await card.getByRole('link', { name: /Zet in agenda/ }).getAttribute('href')}`);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    // Into the room: the moderator starts, everyone sees the first phase.
    const live = `${demo.kring.url}/sessies/${sessionId}/live`;
    await Promise.all([sanne.goto(live), bram.goto(live), fatima.goto(live)]);
    await sanne.getByRole('button', { name: 'Sessie starten' }).click();
    for (const page of [sanne, bram, fatima]) await page.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    // Moderator guidance is for the moderator; the controls too.
    await sanne.getByText('Voor jou als gespreksleider').waitFor();
    expect(await bram.getByText('Voor jou als gespreksleider').count()).toBe(0);
    expect(await bram.getByRole('button', { name: /Volgende fase/ }).count()).toBe(0);

    // The server-kept timer shows the same time on every screen.
    await sanne.getByRole('button', { name: 'Tijd starten' }).click();
    await bram.getByText(/^Loopt: nog ongeveer/).waitFor();
    const [onSanne, onBram] = await Promise.all([clockSeconds(sanne), clockSeconds(bram)]);
    expect(Math.abs(onSanne - onBram)).toBeLessThanOrEqual(2);
    expect(onSanne).toBeGreaterThan(4 * 60);

    // On a phone the moderator's bar keeps the timer and the next phase in sight and folds the rest under "Meer", so it
    // covers little of the screen; the folded buttons are one tap away.
    await sanne.setViewportSize(PHONE.viewport);
    const bar = sanne.getByRole('region', { name: 'Bediening voor de gespreksleider' });
    await bar.getByRole('button', { name: /^Volgende fase/ }).waitFor();
    expect(await bar.getByRole('button', { name: '+1 minuut' }).count()).toBe(0);
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(PHONE.viewport.height / 5);
    await bar.getByRole('button', { name: 'Meer' }).click();
    await bar.getByRole('button', { name: '+1 minuut' }).waitFor();
    expect(await bar.getByRole('button', { name: 'Meer' }).count()).toBe(0);
    await bar.getByRole('button', { name: 'Minder' }).click();
    await sanne.setViewportSize(LAPTOP.viewport);

    // Bram, who brought the incident, tells it.
    await bram.getByLabel('Jouw bijdrage').fill(INCIDENT);
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(fatima, INCIDENT).waitFor();
    await entry(sanne, INCIDENT).getByText('Bram Mulder').waitFor();

    // Fact-finding questions; Fatima asks hers anonymously.
    await nextPhase(sanne, [bram, fatima], 'Feitenvragen');
    await fatima.getByLabel('Jouw vraag').fill('Hoe laat was het precies?');
    await fatima.getByRole('checkbox', { name: 'Anoniem voor collega’s' }).check();
    await fatima.getByRole('button', { name: 'Vraag stellen' }).click();
    await entry(bram, 'Hoe laat was het precies?').getByText('Anoniem', { exact: true }).waitFor();
    await entry(fatima, 'Hoe laat was het precies?').getByText('Jij (anoniem voor collega’s)').waitFor();

    await nextPhase(sanne, [bram, fatima], 'Het beslismoment');
    await nextPhase(sanne, [bram, fatima], 'Wat zou jij doen?');

    // On a phone in the living room (360 × 740) the box to type in and its send button are on the first screen, also in
    // a phase that explains how it works ("Eerst zelf schrijven"): the board and the anonymity hint follow below.
    for (const page of [bram, fatima]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = (await page.getByLabel('Jouw bijdrage').boundingBox())!;
      const send = (await page.getByRole('button', { name: 'Bijdrage versturen' }).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height);
      expect(send.y + send.height).toBeLessThanOrEqual(PHONE.viewport.height);
    }

    // What Bram is typing survives a reload of his phone, and so does his choice to write it anonymously.
    const anonymously = bram.getByRole('checkbox', { name: 'Anoniem voor collega’s' });
    await anonymously.check();
    await bram.getByLabel('Jouw bijdrage').fill(ONLINE_IDEA);
    await bram.reload();
    await expect(bram.getByLabel('Jouw bijdrage').inputValue()).resolves.toBe(ONLINE_IDEA);
    expect(await anonymously.isChecked()).toBe(true);
    await anonymously.uncheck();

    // Fatima's phone loses its connection while she types and sends.
    await fatimaDevice.setOffline(true);
    await status(fatima, 'Geen verbinding').waitFor();
    await fatima.getByLabel('Jouw bijdrage').fill(OFFLINE_IDEA);
    await fatima.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await status(fatima, '1 nog niet verzonden').waitFor();
    await entry(fatima, OFFLINE_IDEA).getByText('Nog niet verzonden').waitFor();

    // Meanwhile the room goes on without it. Everyone writes alone first ("Wat zou jij doen?"): Bram sees his own only.
    await bram.getByText('Eerst zelf schrijven.').waitFor();
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(bram, ONLINE_IDEA).waitFor();

    // Back online: it is sent, and stored exactly once; until the reveal each sees only their own.
    await fatimaDevice.setOffline(false);
    await status(fatima, 'Alles is verzonden').waitFor();
    await entry(fatima, OFFLINE_IDEA).waitFor();
    expect(await entry(sanne, ONLINE_IDEA).count()).toBe(0);
    expect(await entry(sanne, OFFLINE_IDEA).count()).toBe(0);
    expect(await entry(bram, OFFLINE_IDEA).count()).toBe(0);
    expect(await entry(fatima, ONLINE_IDEA).count()).toBe(0);

    // The moderator reveals: both answers appear on every screen at once, each exactly once.
    await sanne.getByRole('button', { name: 'Bijdragen aan iedereen laten zien' }).click();
    await entry(sanne, ONLINE_IDEA).waitFor();
    await entry(sanne, OFFLINE_IDEA).waitFor();
    await entry(bram, OFFLINE_IDEA).waitFor();
    await entry(fatima, ONLINE_IDEA).waitFor();
    for (const page of [sanne, bram, fatima]) expect(await entry(page, OFFLINE_IDEA).count()).toBe(1);
    const stored = await demo.kring.sql<{ count: string }>(`SELECT count(*) FROM session_entry WHERE session_id = $1 AND body = $2`, [
      sessionId,
      OFFLINE_IDEA,
    ]);
    expect(Number(stored[0].count)).toBe(1);

    // Compare: group the answers (on a phone, with each card's "Verplaats naar groep") and place dots.
    await nextPhase(sanne, [bram, fatima], 'Vergelijken');
    await bram.getByLabel('Naam van een nieuwe groep').fill('Eerst aansluiten');
    await entry(bram, ONLINE_IDEA).getByText('Verplaats naar groep').click();
    await entry(bram, ONLINE_IDEA).getByRole('button', { name: 'Een nieuwe groep: Eerst aansluiten' }).click();
    await bram.getByRole('heading', { level: 3, name: 'Eerst aansluiten' }).waitFor();
    await entry(bram, OFFLINE_IDEA).getByText('Verplaats naar groep').click();
    await entry(bram, OFFLINE_IDEA).getByRole('button', { name: 'Eerst aansluiten' }).click();
    await fatima.getByRole('heading', { level: 3, name: 'Eerst aansluiten' }).waitFor();
    const group = fatima.locator('.group').filter({ has: fatima.getByRole('heading', { level: 3, name: 'Eerst aansluiten' }) });
    await group.locator('li.entry').filter({ hasText: OFFLINE_IDEA }).waitFor();
    await group.locator('li.entry').filter({ hasText: ONLINE_IDEA }).waitFor();
    await fatima.getByText('Je hebt nog 3 van je 3 stippen in deze fase.').waitFor();
    await entry(fatima, ONLINE_IDEA)
      .getByRole('button', { name: /^Stip zetten/ })
      .click();
    await fatima.getByText('Je hebt nog 2 van je 3 stippen in deze fase.').waitFor();
    await entry(fatima, ONLINE_IDEA).getByText('1 van jou').waitFor();
    // Dots stay hidden until the phase closes: the others see no totals and no voters yet.
    await bram.getByText('de totalen verschijnen als de fase sluit').waitFor();
    expect(await entry(sanne, ONLINE_IDEA).getByText(/stip/).count()).toBe(0);

    await nextPhase(sanne, [bram, fatima], 'Wat er werkelijk gebeurde');
    // Closed: every screen now has the dots, shown with the answers folded under "Uit andere fasen".
    await bram.getByText(/^Uit andere fasen/).click();
    await entry(bram, ONLINE_IDEA).getByText('1 stip').waitFor();
    await nextPhase(sanne, [bram, fatima], 'Lessen');
    await bram.getByLabel('Jouw bijdrage').fill('Eerst luisteren, dan pas de deur.');
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(sanne, 'Eerst luisteren, dan pas de deur.').waitFor();
    // Bram starts to change it and thinks better of it: Escape closes the box as Annuleren does, nothing is sent, and the
    // focus is back on the entry's "Aanpassen" (not at the top of the page). Opened and left as it was, Escape closes at
    // once; with something typed, one key does not throw it away: it asks first, and "Verder bewerken" (Escape again)
    // keeps the text with the focus back in the box.
    const openChange = () =>
      entry(bram, 'Eerst luisteren, dan pas de deur.')
        .getByRole('button', { name: /^Aanpassen/ })
        .click();
    await openChange();
    const change = bram.getByLabel('Je bijdrage aanpassen');
    expect(await change.evaluate((box) => box === document.activeElement)).toBe(true);
    await change.press('Escape');
    await change.waitFor({ state: 'detached' });
    await openChange();
    await change.fill('Eerst de deur, dan pas luisteren.');
    await change.press('Escape');
    const discard = bram.getByRole('group', { name: 'Wat je hier typte, is nog niet bewaard. Weggooien?' });
    expect(await discard.getByRole('button', { name: 'Verder bewerken' }).evaluate((button) => button === document.activeElement)).toBe(
      true,
    );
    await bram.keyboard.press('Escape');
    await discard.waitFor({ state: 'detached' });
    expect(await change.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await change.inputValue()).toBe('Eerst de deur, dan pas luisteren.');
    await change.press('Escape');
    await discard.getByRole('button', { name: 'Ja, weggooien' }).click();
    await change.waitFor({ state: 'detached' });
    expect(await bram.evaluate(() => document.activeElement?.textContent)).toBe('Aanpassen: Eerst luisteren, dan pas de deur.');
    expect(await entry(bram, 'Eerst de deur, dan pas luisteren.').count()).toBe(0);

    // The moderator ends the session while Fatima is still typing a lesson; everyone sees it ended.
    const unsentLesson = 'Vaker samen de overdracht lezen.';
    await fatima.getByLabel('Jouw bijdrage').fill(unsentLesson);
    await sanne.getByRole('button', { name: /^Sessie afsluiten/ }).click();
    await sanne.getByRole('button', { name: 'Ja, afsluiten' }).click();
    for (const page of [sanne, bram, fatima]) await page.getByText('De sessie is afgesloten.').waitFor();
    // Her words stay on her screen, not sent, to copy until she throws them away; nothing of them reached the session.
    const notSent = fatima.getByRole('region', { name: 'Niet verstuurd' });
    await notSent.getByText(unsentLesson).waitFor();
    await notSent.getByRole('button', { name: 'Weggooien' }).click();
    await notSent.getByRole('button', { name: 'Ja, weggooien' }).click();
    await notSent.waitFor({ state: 'detached' });
    expect(await demo.kring.sql(`SELECT 1 FROM session_entry WHERE body = $1`, [unsentLesson])).toEqual([]);

    // Harvest: an insight, advice, a new practice to try, a memo; then approve.
    await sanne.getByRole('link', { name: 'Naar de oogst' }).click();
    await heading(sanne, `Oogst: ${QUESTION}`).waitFor();
    // The lessons flowed into the harvest by themselves: Bram's lesson waits as a draft for the moderator, who edits and takes it over.
    const drafts = sanne.getByRole('region', { name: 'Uit de bijeenkomst (1 concept)' });
    await drafts.getByText('Geschreven bij: Lessen').waitFor();
    const lesson = drafts.getByLabel('Als leerpunt', { exact: true });
    expect(await lesson.inputValue()).toBe('Eerst luisteren, dan pas de deur.');
    await lesson.fill(LESSON);
    // Approving waits for the draft, and says why.
    await sanne.getByRole('button', { name: /^Verslag goedkeuren/ }).click();
    await sanne.getByRole('button', { name: 'Ja, goedkeuren' }).click();
    await sanne.getByText('Er staan nog concepten uit de bijeenkomst in de oogst (1).').waitFor();
    await drafts.getByRole('button', { name: 'Overnemen in de oogst' }).click();
    await sanne.getByRole('region', { name: /^Uit de bijeenkomst/ }).waitFor({ state: 'detached' });
    await sanne.getByRole('region', { name: 'Leerpunten' }).getByText(LESSON, { exact: true }).waitFor();
    await sanne.getByLabel('Leerpunt', { exact: true }).fill(INSIGHT);
    await sanne.getByRole('button', { name: 'Leerpunt toevoegen' }).click();
    await sanne.getByText(INSIGHT).waitFor();
    await sanne.getByLabel('Advies', { exact: true }).fill('Vertrouw op je eerste gevoel, en vraag een collega mee.');
    await sanne.getByRole('button', { name: 'Advies toevoegen' }).click();
    // Exact: the item's edit button also names it, for screen readers ("Aanpassen: Vertrouw op …").
    await sanne.getByText('Vertrouw op je eerste gevoel, en vraag een collega mee.', { exact: true }).waitFor();
    // Changed in place: its box opens with the focus, and once saved the focus is back on the item's "Aanpassen".
    await sanne.getByRole('button', { name: /^Aanpassen.*Vertrouw op je eerste gevoel, en vraag een collega mee/ }).click();
    const adviceBox = sanne.locator('textarea:focus');
    expect(await adviceBox.inputValue()).toBe('Vertrouw op je eerste gevoel, en vraag een collega mee.');
    // The one harvest item opened in place (its card holds a form now).
    const adviceForm = sanne.locator('li.card form');
    // A text that reads like an incident is asked about first; Escape there neither chooses nor closes the form
    // opened in place around it (Escape closes such a form elsewhere): the text stays until Sanne chooses.
    const incident = 'Een bewoner is gevallen in de gang en niemand zag het.';
    await adviceBox.fill(incident);
    await adviceForm.getByRole('button', { name: 'Opslaan' }).click();
    const prompt = adviceForm.getByRole('alertdialog', { name: /Dit lijkt te gaan over/ });
    await prompt.getByRole('button', { name: 'Tekst weghalen' }).focus();
    await sanne.keyboard.press('Escape');
    await prompt.waitFor();
    expect(await adviceForm.locator('textarea').inputValue()).toBe(incident);
    await adviceForm.locator('textarea').fill('Vertrouw op je eerste gevoel, en vraag altijd een collega mee.');
    await adviceForm.getByRole('button', { name: 'Opslaan' }).click();
    await sanne.getByText('Vertrouw op je eerste gevoel, en vraag altijd een collega mee.', { exact: true }).waitFor();
    expect(await sanne.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Aanpassen: Vertrouw op je eerste gevoel, en vraag altijd/,
    );
    await sanne.getByLabel('Wat proberen jullie uit?').fill(PRACTICE);
    await sanne.getByLabel('Wie doet het?').fill('het hele team');
    await sanne.getByLabel('Wanneer kijken jullie terug?').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await sanne.getByRole('button', { name: 'Nieuwe praktijk toevoegen' }).click();
    await sanne.locator('.practice').filter({ hasText: PRACTICE }).waitFor();
    await sanne.getByLabel('Memo', { exact: true }).fill(MEMO);
    await sanne.getByRole('button', { name: 'Memo toevoegen' }).click();
    // A colleague's name: the content guard shows it marked and asks the moderator to confirm.
    await sanne.getByRole('heading', { name: 'Controleer de gemarkeerde plekken' }).waitFor();
    await sanne.getByRole('button', { name: 'Ik heb dit gecontroleerd, toch opslaan' }).click();
    await sanne.getByText(MEMO, { exact: true }).waitFor();
    // A lesson and advice typed but not added: approving says where they are instead of fixing the harvest without them.
    const unadded = 'Vooraf even samen zitten.';
    await sanne.getByLabel('Leerpunt', { exact: true }).fill(unadded);
    await sanne.getByLabel('Advies', { exact: true }).fill('Bel gerust na.');
    await sanne.getByRole('button', { name: /^Verslag goedkeuren/ }).click();
    await sanne.getByRole('alert').filter({ hasText: 'bij: Leerpunten, Adviezen aan de inbrenger' }).waitFor();
    expect(await sanne.getByRole('button', { name: 'Ja, goedkeuren' }).count()).toBe(0);
    const insightForm = sanne.getByRole('form', { name: 'Leerpunten' });
    await insightForm.getByText('Dit staat nog niet in de oogst.', { exact: false }).waitFor();
    expect(await sanne.getByLabel('Leerpunt', { exact: true }).inputValue()).toBe(unadded);
    // One is added after all, the other let go: then the report can be approved.
    await insightForm.getByRole('button', { name: 'Leerpunt toevoegen' }).click();
    await sanne.getByRole('region', { name: 'Leerpunten' }).getByText(unadded, { exact: true }).waitFor();
    await sanne.getByLabel('Advies', { exact: true }).fill('');
    await sanne.getByRole('alert').filter({ hasText: 'bij: ' }).waitFor({ state: 'detached' });
    await sanne.getByRole('button', { name: /^Verslag goedkeuren/ }).click();
    await sanne.getByRole('button', { name: 'Ja, goedkeuren' }).click();
    await status(sanne, 'Het verslag is goedgekeurd').waitFor();

    // Bram hears of it on his phone: under the bell, a notification that opens the report.
    await bram.goto(`${demo.kring.url}/`);
    await bram.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }).click();
    await heading(bram, 'Meldingen').waitFor();
    const told = bram
      .locator('li.notification')
      .filter({ hasText: 'Het verslag van de reflectiesessie (Incidentmethode, Team dagbesteding)' });
    await told.getByText(/is goedgekeurd\. Lees de oogst en de nieuwe praktijken\.$/).waitFor();
    expect(await told.getByText(QUESTION).count()).toBe(0);
    await told.getByRole('link', { name: 'Bekijken' }).click();
    // The report: anonymous stays anonymous, the memo stays with the moderator.
    await heading(bram, `Verslag: ${QUESTION}`).waitFor();
    expect(new URL(bram.url()).pathname).toBe(`/sessies/${sessionId}/verslag`);
    // It opens with what the session yielded (as the PDF does); the conversation that led there follows.
    const sections = await bram.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections.indexOf('Oogst')).toBeGreaterThanOrEqual(0);
    expect(sections.indexOf('Oogst')).toBeLessThan(sections.indexOf('1. Het incident'));

    await bram.getByText(INSIGHT).waitFor();
    await bram.getByText(unadded).waitFor();
    await bram.getByText(LESSON).waitFor();
    await bram.getByText(PRACTICE).waitFor();
    await entry(bram, 'Hoe laat was het precies?').getByText('Anoniem').waitFor();
    expect(await bram.getByText(MEMO).count()).toBe(0);

    await sanne.getByRole('link', { name: 'Naar het verslag' }).click();
    await heading(sanne, `Verslag: ${QUESTION}`).waitFor();
    await sanne.getByText(MEMO).waitFor();
    const [pdf] = await Promise.all([sanne.waitForEvent('download'), sanne.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^verslag-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      fs
        .readFileSync((await pdf.path())!)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    // The team's next session opens with "Hoe ging het?".
    await sanne.goto(`${demo.kring.url}/sessies/nieuw`);
    await sanne.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await sanne.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await sanne.getByLabel('Vraag of thema').fill('Een nieuw incident');
    await sanne.getByLabel('Datum').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await sanne.getByLabel('Tijd').fill('19:30');
    await sanne.getByRole('button', { name: 'Sessie plannen' }).click();
    await heading(sanne, 'Een nieuw incident').waitFor();
    await sanne.getByRole('heading', { level: 2, name: /^Hoe ging het\?/ }).waitFor();
    await sanne.locator('.practice').filter({ hasText: PRACTICE }).waitFor();
  }, 240_000);

  it('puts a question refused after going offline in the box the room shows now, and says which box', async () => {
    const sanne = await logIn('sanne@hoeve.demo', LAPTOP);
    const bram = await logIn('bram@hoeve.demo');
    await sanne.goto(`${demo.kring.url}/sessies/nieuw`);
    await sanne.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await sanne.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await sanne.getByLabel('Vraag of thema').fill('De taxi kwam niet');
    // Tomorrow: today at 20:00 has passed when this runs late in the evening, and a start in the past is refused.
    await sanne.getByLabel('Datum').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await sanne.getByLabel('Tijd').fill('20:00');
    // Bram is in the team, so he is invited already.
    await sanne.getByRole('button', { name: 'Sessie plannen' }).click();
    await sanne.getByRole('link', { name: 'Sessie openen' }).click();
    await sanne.getByRole('button', { name: 'Sessie starten' }).click();
    await bram.goto(sanne.url());
    await bram.getByRole('heading', { level: 2, name: 'Het incident' }).waitFor();
    await nextPhase(sanne, [bram], 'Feitenvragen');

    // Bram's phone loses its connection while he asks; meanwhile the moderator moves on to a phase for contributions.
    const question = 'Had iemand de taxicentrale al gebeld?';
    await bram.context().setOffline(true);
    await status(bram, 'Geen verbinding').waitFor();
    await bram.getByLabel('Jouw vraag').fill(question);
    await bram.getByRole('button', { name: 'Vraag stellen' }).click();
    await status(bram, '1 nog niet verzonden').waitFor();
    await sanne.getByRole('button', { name: 'Volgende fase: Het beslismoment' }).click();
    await sanne.getByRole('heading', { level: 2, name: 'Het beslismoment' }).waitFor();

    // Back online the question is refused (its phase is over): the notice names the box it is in, and that box, the one
    // on his screen now, has it.
    await bram.context().setOffline(false);
    await bram.getByRole('heading', { level: 2, name: 'Het beslismoment' }).waitFor();
    const notice = bram.getByRole('alert').filter({ hasText: 'De sessie is inmiddels in een andere fase' });
    await notice.getByText('Wat je had geschreven, staat weer in het vak ‘Jouw bijdrage’:').waitFor();
    await notice.getByText(question, { exact: true }).waitFor();
    expect(await bram.getByLabel('Jouw bijdrage').inputValue()).toBe(question);
    expect(await bram.getByLabel('Jouw vraag').count()).toBe(0);
    expect(await demo.kring.sql(`SELECT 1 FROM session_entry WHERE body = $1`, [question])).toEqual([]);

    // He can use it from there: sent as a contribution, it is in the room once.
    await bram.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(bram, question).waitFor();
    expect(await bram.getByLabel('Jouw bijdrage').inputValue()).toBe('');
    expect(await demo.kring.sql(`SELECT kind FROM session_entry WHERE body = $1`, [question])).toEqual([{ kind: 'contribution' }]);
  }, 120_000);

  it('lets the moderator run a session alone on one shared screen', async () => {
    const screen = await logIn('sanne@hoeve.demo', LAPTOP);
    await screen.goto(`${demo.kring.url}/sessies/nieuw`);
    await screen.getByLabel('Team', { exact: true }).selectOption({ label: 'Team dagbesteding' });
    await screen.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode' });
    await screen.getByLabel('Vraag of thema').fill('Samen in de woonkamer');
    // Tomorrow: today at 20:00 has passed when this runs late in the evening.
    await screen.getByLabel('Datum').fill(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    await screen.getByLabel('Tijd').fill('20:00');
    await screen.getByRole('checkbox', { name: 'Eén scherm' }).check();
    await screen.getByRole('button', { name: 'Sessie plannen' }).click();
    await screen.getByRole('link', { name: 'Sessie openen' }).click();
    await screen.getByRole('button', { name: 'Sessie starten' }).click();

    // What the room says is typed by the moderator, for the room, never anonymously.
    await screen.getByLabel('Bijdrage namens de groep').fill('Het gebeurde na het avondeten.');
    expect(await screen.getByRole('checkbox', { name: 'Anoniem voor collega’s' }).count()).toBe(0);
    await screen.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(screen, 'Het gebeurde na het avondeten.').getByText('Namens de groep').waitFor();

    for (const title of ['Feitenvragen', 'Het beslismoment', 'Wat zou jij doen?']) await nextPhase(screen, [], title);
    await screen.getByLabel('Bijdrage namens de groep').fill('Samen naar buiten gaan.');
    await screen.getByRole('button', { name: 'Bijdrage versturen' }).click();
    await entry(screen, 'Samen naar buiten gaan.').waitFor();

    // Dots for the room: as many as the room says, no personal budget.
    await nextPhase(screen, [], 'Vergelijken');
    await screen.getByText('Je zet de stippen namens de groep, zoveel als de groep aangeeft.').waitFor();
    for (let i = 0; i < 4; i++)
      await entry(screen, 'Samen naar buiten gaan.')
        .getByRole('button', { name: /^Stip zetten/ })
        .click();
    await entry(screen, 'Samen naar buiten gaan.').getByText('4 stippen').waitFor();
  }, 120_000);
});
