import type { Locator, Page } from 'playwright-core';
import { todayInNetherlands } from '@kring/domain';
import { followMenuLink, PHONE } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';
import { PASSWORD, secondOrganisation } from '../support/fixtures';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { watchMail } from '../support/mail-watch';

/**
 * Learning over time on a phone: a practice agreed in a session is looked
 * back on when its day has come; a story passes its teller's member check
 * (through a personal link, no account) and is shared with the learning
 * network; a colleague elsewhere finds it by a word form it does not contain,
 * and her search words never enter the address (back and reload keep them).
 * Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('learning over time in the browser', () => {
  const demo = useDemoBrowser();
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  beforeAll(async () => {
    org = await teamWithPeople(demo.kring);
    const neighbour = await secondOrganisation(demo.kring);
    const [network] = await demo.kring.sql<{ id: string }>(
      `INSERT INTO learning_network (name) VALUES ('Lerend netwerk Oost') RETURNING id`,
    );
    await demo.kring.sql(`UPDATE organisation SET network_id = $1 WHERE id IN ($2, $3)`, [
      network.id,
      org.organisationId,
      neighbour.organisationId,
    ]);
    const session = await planIncidentSession(org);
    const yesterday = todayInNetherlands(new Date(Date.now() - 24 * 3600_000));
    await org.sanne.client.ok(`mutation A($input: AddPracticeInput!) { addPractice(input: $input) { practices { id } } }`, {
      input: { sessionId: session.id, what: 'Samen koken op zondag', who: 'Bram en Fatima', lookBackOn: todayInNetherlands() },
    });
    // A day has passed since: the look-back is due (a look-back in the past cannot be planned).
    await demo.kring.sql(`UPDATE practice SET look_back_on = $2 WHERE session_id = $1`, [session.id, yesterday]);
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  /** A radio button at the start of its line of text, not stretched across the phone on a line of its own above it. */
  const besideItsText = async (radio: Locator) => {
    const box = (await radio.boundingBox())!;
    const label = (await radio.locator('xpath=ancestor::label[1]').boundingBox())!;
    return { width: box.width <= 30, atStart: box.x - label.x <= 8, firstLine: box.y < label.y + 30 };
  };
  const beside = { width: true, atStart: true, firstLine: true };

  const logIn = (email: string, name: string): Promise<Page> =>
    demo.logIn(email, { password: PASSWORD, device: PHONE, landed: (page) => heading(page).filter({ hasText: name }) });

  it('looks back on a practice, passes a story through the member check and finds it in the library by another word form', async () => {
    const bram = await logIn('bram@hoeve.test', 'Bram');

    // The practice from the session is due: "hoe ging het?"
    await followMenuLink(bram, 'Leren');
    await heading(bram).filter({ hasText: 'Nieuwe praktijken' }).waitFor();
    const due = bram.getByRole('region', { name: 'Tijd om terug te kijken' });
    await due.getByText('Samen koken op zondag').waitFor();
    expect(await fitsThePhone(bram)).toBe(true);
    await due.getByText('Hoe ging het?').click();
    await due.getByLabel('Wat hebben jullie gemerkt?').fill('De bewoners schuiven graag aan; we gaan door.');
    await due.getByLabel(/Hoe gaan jullie verder/).selectOption({ label: 'We gaan ermee door' });
    await due.getByRole('button', { name: 'Terugblik opslaan' }).click();
    await bram.getByRole('status').filter({ hasText: 'De terugblik is opgeslagen.' }).waitFor();
    await bram.getByRole('region', { name: 'Loopt nog' }).getByText('De bewoners schuiven graag aan; we gaan door.').waitFor();
    expect(await bram.getByRole('region', { name: 'Tijd om terug te kijken' }).count()).toBe(0);
    expect(await demo.kring.sql(`SELECT body, status FROM practice_review`)).toEqual([
      { body: 'De bewoners schuiven graag aan; we gaan door.', status: 'continued' },
    ]);

    // A story told by a relative without an account.
    await bram.getByRole('navigation', { name: 'Leren over tijd' }).getByRole('link', { name: 'Verhalen' }).click();
    await heading(bram).filter({ hasText: 'Verhalen' }).waitFor();
    await bram.getByRole('link', { name: 'Nieuw verhaal opschrijven' }).click();
    await heading(bram).filter({ hasText: 'Nieuw verhaal' }).waitFor();
    // Sent empty, the server names both boxes. A box filled since no longer says it is empty, also while the guard
    // keeps the form from being sent again; the box still empty keeps its message.
    const messageAt = (label: string) => bram.getByLabel(label, { exact: true }).locator('xpath=..').locator('.field__error');
    await bram.getByRole('button', { name: 'Verhaal opslaan' }).click();
    await messageAt('Titel').filter({ hasText: 'Titel is verplicht' }).waitFor();
    await messageAt('Het verhaal').filter({ hasText: 'Tekst is verplicht' }).waitFor();
    await bram.getByLabel('Het verhaal').fill('Op de map stond 111222333.');
    await bram.getByRole('button', { name: 'Verhaal opslaan' }).click();
    await bram.getByRole('alert').filter({ hasText: 'Er staat een BSN in de tekst.' }).waitFor();
    expect(await messageAt('Het verhaal').count()).toBe(0);
    expect(await messageAt('Titel').textContent()).toBe('Titel is verplicht');
    await bram.getByLabel('Titel', { exact: true }).fill('Samen op pad');
    await bram
      .getByLabel('Het verhaal')
      .fill('Op zaterdag gingen de bewoners samen wandelen langs het weiland. Daarna dronken we koffie in de keuken, zoals thuis.');
    await bram.getByRole('checkbox', { name: 'Thuis voelen' }).check();
    expect(await besideItsText(bram.getByRole('radio', { name: /^Iemand zonder account/ }))).toEqual(beside);
    await bram.getByLabel('Naam van de verteller').fill('Mevrouw Jansen');
    await bram.getByLabel('E-mailadres van de verteller').fill('jansen@voorbeeld.tset');
    // The storyteller's name typed here is looked for in the story before anything is sent, beside what else is found:
    // confirming the phone number alone would otherwise send the name unseen.
    const story = await bram.getByLabel('Het verhaal').inputValue();
    await bram.getByLabel('Het verhaal').fill('Jansen belde later nog, op 06-12345678, om te zeggen dat het goed was.');
    await bram.getByRole('button', { name: 'Verhaal opslaan' }).click();
    await bram
      .getByText(/herkenbare gegevens: 1 naam en 1 telefoonnummer/)
      .first()
      .waitFor();
    await bram.getByLabel('Het verhaal').fill(story);
    await bram.getByRole('button', { name: 'Verhaal opslaan' }).click();
    await heading(bram).filter({ hasText: 'Samen op pad' }).waitFor();
    await bram.getByText('Nog alleen voor de schrijver en de verteller').waitFor();
    // A typo in the address, corrected on the story page before the link goes out.
    await bram.getByText('De persoonlijke link gaat naar jansen@voorbeeld.tset.').waitFor();
    await bram.getByText('E-mailadres wijzigen').click();
    await bram.getByLabel('E-mailadres van de verteller').fill('jansen@voorbeeld.test');
    await bram.getByRole('button', { name: 'E-mailadres bewaren' }).click();
    await bram.getByRole('status').filter({ hasText: 'Bewaard.' }).waitFor();
    await bram.getByText('De persoonlijke link gaat naar jansen@voorbeeld.test.').waitFor();
    expect(await fitsThePhone(bram)).toBe(true);
    const mail = watchMail(demo.kring);
    await bram.getByRole('button', { name: 'Voorleggen aan de verteller' }).click();
    await bram.getByText('Kring heeft de verteller een e-mail gestuurd.').waitFor();
    // The link goes to the storyteller alone: the writer never sees it, so only she can approve and consent.
    const link = mail.last('jansen@voorbeeld.test').body.match(/https?:\/\/\S+\/verhaal\/[A-Za-z0-9_-]{43}/)![0];
    mail.stop();
    expect(await bram.content()).not.toContain(link.split('/verhaal/')[1]);
    expect(await fitsThePhone(bram)).toBe(true);

    // The storyteller reads it through her link, approves it and lets the network read it.
    const teller = await (await demo.browser.newContext(PHONE)).newPage();
    await teller.goto(link.replace(/^https?:\/\/[^/]+/, demo.kring.url));
    await heading(teller).filter({ hasText: 'Jouw verhaal' }).waitFor();
    await teller.getByText('Op zaterdag gingen de bewoners samen wandelen').waitFor();
    expect(await besideItsText(teller.getByRole('radio', { name: 'Ja, zo klopt het' }))).toEqual(beside);
    await teller.getByRole('radio', { name: 'Ja, zo klopt het' }).check();
    await teller.getByRole('checkbox', { name: /^Het team/ }).check();
    await teller.getByRole('checkbox', { name: /^Het lerend netwerk, zonder namen/ }).check();
    // "Iedereen" includes her colleagues: it ticks and locks the organisation (and the team); the network, read
    // anonymised outside the organisation, does not.
    const organisation = teller.getByRole('checkbox', { name: /^De hele organisatie/ });
    expect([await organisation.isChecked(), await organisation.isDisabled()]).toEqual([false, false]);
    const everyone = teller.getByRole('checkbox', { name: /^Iedereen/ });
    await everyone.check();
    expect([await organisation.isChecked(), await organisation.isDisabled()]).toEqual([true, true]);
    await everyone.uncheck();
    await organisation.uncheck();
    // A remark with a BSN is refused beside its box, in words for someone without a pseudonym; the rest stays.
    const remark = teller.getByRole('textbox', { name: /^Opmerking/ });
    await remark.fill('Mijn BSN is 111222333.');
    await teller.getByRole('button', { name: 'Opslaan' }).click();
    const panel = teller.getByRole('alert').filter({ hasText: 'Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.' });
    await panel.waitFor();
    expect(await panel.textContent()).not.toContain('pseudoniem');
    expect(await remark.inputValue()).toBe('Mijn BSN is 111222333.');
    await remark.fill('');
    await teller.getByRole('button', { name: 'Opslaan' }).click();
    await teller.getByRole('status').filter({ hasText: 'Dank je wel. Je keuzes zijn opgeslagen.' }).waitFor();
    expect(await fitsThePhone(teller)).toBe(true);
    // Coming back later she reads that, and which version, she approved; the choices are what is stored.
    await teller.reload();
    await teller.getByText('Je hebt deze versie (versie 1) goedgekeurd.').waitFor();
    expect(await teller.getByRole('radio', { name: 'Ja, zo klopt het' }).isChecked()).toBe(true);
    expect(await teller.getByRole('radio', { name: 'Ik geef alleen een opmerking' }).count()).toBe(0);
    expect(await teller.getByRole('checkbox', { name: /^Het lerend netwerk, zonder namen/ }).isChecked()).toBe(true);

    // The writer shares it with the network through the anonymisation review.
    await bram.reload();
    await bram.getByText('Stand: Goedgekeurd door de verteller').waitFor();
    await bram.getByRole('link', { name: 'Delen in de bibliotheek' }).click();
    await heading(bram).filter({ hasText: 'Nakijken voor de bibliotheek' }).waitFor();
    await bram.getByText('Kring vond geen herkenbare gegevens. Kijk toch zelf nog even na.').waitFor();
    await bram.getByRole('radio', { name: 'Het lerend netwerk, zonder namen' }).check();
    await bram.getByRole('button', { name: 'Delen', exact: true }).click();
    await heading(bram).filter({ hasText: 'Samen op pad' }).waitFor();
    expect(await demo.kring.sql(`SELECT audience FROM library_item`)).toEqual([{ audience: 'network' }]);

    // A care entrepreneur elsewhere in the network finds it by "wandelde", which the story does not contain.
    const marloes = await logIn('marloes@lindehof.test', 'Marloes');
    await followMenuLink(marloes, 'Leren');
    await marloes.getByRole('navigation', { name: 'Leren over tijd' }).getByRole('link', { name: 'Bibliotheek' }).click();
    await heading(marloes).filter({ hasText: 'Bibliotheek' }).waitFor();
    await marloes.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('wandelde');
    await marloes.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const results = marloes.getByRole('region', { name: 'Resultaten' });
    await results.getByRole('link', { name: 'Samen op pad' }).waitFor();
    expect(await results.locator('mark').allTextContents()).toEqual(['wandelen']);
    expect(await results.textContent()).not.toMatch(/Hoeve|Team wonen|Jansen/);
    expect(await fitsThePhone(marloes)).toBe(true);

    // The typed words stay out of the address (browser history, server logs, a shared link), yet back and reload keep them.
    expect(marloes.url()).not.toContain('wandelde');
    await results.getByRole('link', { name: 'Samen op pad' }).click();
    await heading(marloes).filter({ hasText: 'Samen op pad' }).waitFor();
    await marloes.goBack();
    await results.getByRole('link', { name: 'Samen op pad' }).waitFor();
    expect(await marloes.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('wandelde');
    await marloes.reload();
    await results.getByRole('link', { name: 'Samen op pad' }).waitFor();
    expect(await marloes.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('wandelde');
    expect(marloes.url()).not.toContain('wandelde');
    expect(await marloes.evaluate(() => JSON.stringify(history.state))).toContain('wandelde');

    // Words over the limit are named at the box and kept; no search goes out only to come back refused.
    const tooLong = 'wandelen '.repeat(30);
    await marloes.getByRole('searchbox', { name: 'Zoekwoorden' }).fill(tooLong);
    await marloes.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await marloes.getByText(`Dit zijn ${tooLong.length} tekens; er passen er 200.`, { exact: false }).waitFor();
    await results.getByRole('link', { name: 'Samen op pad' }).waitFor();
    expect(await marloes.getByText('Controleer de invoer', { exact: false }).count()).toBe(0);
    expect(await marloes.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe(tooLong);
  });
});
