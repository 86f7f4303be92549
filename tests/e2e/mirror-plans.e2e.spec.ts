import { DEFAULT_RETENTION_DAYS, RETENTION_DAY_LABELS, retentionSentenceForRelatives } from '@kring/domain';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../support/fixtures';
import { asksBeforeLeaving, PHONE, untilLeavingAsksNothing } from '../support/browser';
import { homeGreeting, useDemoBrowser } from '../support/demo-browser';
import { inviteRelative, mirrorOrganisation, MirrorOrganisation, plannedConversation } from '../integration/mirror-conversations.support';

/**
 * Plans that change, in a real browser: the moderator sees how far the
 * preparation is, records consent a relative without a smartphone gave by
 * telephone, moves the date and finally calls the conversation off — and the
 * relative's page on a 360-pixel phone follows each step.
 */
describe('a mirror conversation that moves and is called off, in the browser', () => {
  const demo = useDemoBrowser();
  let org: MirrorOrganisation;
  beforeAll(async () => {
    org = await mirrorOrganisation(demo.kring);
  });

  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  it('shows readiness, records consent by telephone, and the relative’s page follows the move and the cancellation', async () => {
    const { id } = await plannedConversation(org);
    const online = await inviteRelative(org, id, 'Familie Jansen', { email: `jansen-${id}@example.test`, sendEmail: true });
    await inviteRelative(org, id, 'Meneer Bakker (geen smartphone)');

    // The relative with a phone says yes.
    const phone = await (await demo.browser.newContext(PHONE)).newPage();
    await phone.goto(`${demo.kring.url}/naaste/${online.token}`);
    await phone.getByLabel('Ik doe mee aan het gesprek.').check();
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await status(phone, 'Dank u wel. Uw keuzes zijn bewaard.').waitFor();
    // Kring's name in the header is no link for someone without an account: "home" would be the login page.
    await phone.getByText('Kring', { exact: true }).first().waitFor();
    expect(await phone.getByRole('link', { name: /^Kring/ }).count()).toBe(0);

    const moderator = await demo.logIn('mira@hoeve.test', { password: PASSWORD, landed: homeGreeting });
    await moderator.goto(`${demo.kring.url}/spiegelgesprekken/${id}`);
    const readiness = moderator.locator('.mirror-readiness');
    await readiness.getByText('1 (de methode vraagt 6 tot 12 naasten)').waitFor();
    await readiness.getByText('Minder dan 6 naasten zeiden ja.', { exact: false }).waitFor();

    // Meneer Bakker said yes on the telephone: the moderator records it, choosing how on purpose.
    const row = moderator.getByRole('row').filter({ hasText: 'Meneer Bakker' });
    await row.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const form = moderator.getByRole('form', { name: 'Toestemming vastleggen voor Meneer Bakker (geen smartphone)' });
    await form.getByRole('group', { name: 'Waar gaf de naaste toestemming voor?' }).getByLabel('Meedoen').check();
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    // Nothing was preselected: the missing choice is named at its own field.
    await form
      .locator('.field--invalid')
      .filter({ has: moderator.getByLabel('Hoe gaf de naaste toestemming?') })
      .waitFor();
    await form.getByLabel('Hoe gaf de naaste toestemming?').selectOption({ label: 'telefonisch' });
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await status(moderator, 'De toestemming is vastgelegd.').waitFor();
    await moderator
      .getByRole('row')
      .filter({ hasText: 'Meneer Bakker' })
      .getByText(/Meedoen \(telefonisch, /)
      .waitFor();
    await readiness.getByText('2 (de methode vraagt 6 tot 12 naasten)').waitFor();

    // The date moves: the relative's page says so.
    await moderator.getByText('Gegevens aanpassen').click();
    await moderator.getByLabel('Datum').fill('2031-06-12');
    await moderator.getByLabel('Tijd').fill('19:30');
    await moderator.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await moderator.getByText('De wijzigingen zijn bewaard.', { exact: false }).waitFor();
    await phone.reload();
    await phone.getByText(/Let op: het gesprek is verplaatst\. Het is nu op .*12 juni 2031/).waitFor();
    await noSidewaysScroll(phone);

    // Called off: the message goes to the relative's inbox and their page, where nothing is asked any more.
    await moderator.getByText('Gesprek afzeggen').click();
    await moderator
      .getByLabel('Bericht aan de naasten')
      .fill('Door de griep in huis gaat het niet door. We laten u weten wanneer het wel kan.');
    await moderator.getByRole('button', { name: 'Afzeggen en de naasten bericht sturen' }).click();
    await moderator.getByText(/Dit gesprek gaat niet door \(afgezegd op /).waitFor();
    await phone.reload();
    await phone.getByText(/Het spiegelgesprek van .* gaat niet door\./).waitFor();
    await phone.getByText('Door de griep in huis gaat het niet door.', { exact: false }).waitFor();
    expect(await phone.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await noSidewaysScroll(phone);
    await demo.kring.mailDelivered();
    const [{ count }] = await demo.kring.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM outbox_mail WHERE to_address = $1 AND body LIKE '%griep in huis%'`,
      [`jansen-${id}@example.test`],
    );
    expect(count).toBe(1);
  });

  it('on a 360 px phone the moderator’s mistakes are named at their own control and nothing typed or ticked is lost', async () => {
    const { id } = await plannedConversation(org);
    // A Dutch moderator's phone keeps Dutch time: the date and time typed are read in the browser's own zone, and the
    // stored day is checked in Amsterdam's. In the machine's UTC a time after 22:00 would land on the next day there.
    const moderator = await demo.logIn('mira@hoeve.test', {
      password: PASSWORD,
      device: { ...PHONE, timezoneId: 'Europe/Amsterdam' },
      landed: homeGreeting,
    });
    await moderator.goto(`${demo.kring.url}/spiegelgesprekken/${id}`);
    const errorBeside = (label: string) => moderator.getByLabel(label, { exact: true }).locator('xpath=..').locator('.field__error');

    // Themes: the limit is said before it is reached; at five, the other boxes cannot be ticked (none is dropped).
    const guide = moderator.getByRole('form', { name: 'Gespreksleidraad' });
    const themes = guide.getByRole('group', { name: /^Thema/ }).first();
    await themes.getByText('Kies er hoogstens 5.').waitFor();
    const boxes = themes.getByRole('checkbox');
    for (let i = 0; (await themes.getByRole('checkbox', { checked: true }).count()) < 5; i++) {
      if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
    }
    await themes.getByText('Je hebt er 5 gekozen, het hoogste aantal. Haal er een weg om een ander te kiezen.').waitFor();
    const ticked = await boxes.evaluateAll((all) =>
      all.filter((box) => (box as HTMLInputElement).checked).map((box) => box.getAttribute('value')),
    );
    expect(ticked).toHaveLength(5);
    expect(
      await boxes.evaluateAll((all) =>
        all.filter((box) => !(box as HTMLInputElement).checked).every((box) => (box as HTMLInputElement).disabled),
      ),
    ).toBe(true);

    // An empty question is named beside its own box (and gets the focus), not as "Tekst is verplicht" by the button.
    await guide.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await guide.getByRole('button', { name: 'Leidraad bewaren' }).click();
    await errorBeside('Vraag 3').filter({ hasText: 'Deze vraag is leeg.' }).waitFor();
    expect(await moderator.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await guide.getByText(/Controleer de invoer/).count()).toBe(0);
    await guide.getByLabel('Vraag 3', { exact: true }).fill('Wat wilt u ons nog meegeven?');
    await guide.getByRole('button', { name: 'Leidraad bewaren' }).click();
    await moderator.getByText('De gespreksleidraad is bewaard.').waitFor();
    const [{ stored }] = await demo.kring.sql<{ stored: string[] }>(
      `SELECT theme_ids AS stored FROM mirror_question WHERE conversation_id = $1 ORDER BY position LIMIT 1`,
      [id],
    );
    expect([...stored].sort()).toEqual([...ticked].sort());

    // A link valid for 0 days is the server's "no", beside the box, not a 60-day link; empty means the default, as the hint says.
    const invite = moderator.getByRole('form', { name: 'Iemand uitnodigen' });
    await invite.getByLabel('Naam (voor jullie eigen lijst)').fill('Familie Visser');
    const days = invite.getByLabel(/^Aantal dagen dat de link werkt/);
    await invite.getByText('Van 1 tot 180 dagen. Leeg gelaten werkt de link 60 dagen.').waitFor();
    // The box starts empty, as "(optioneel)" and its hint say: not with the 60 the hint calls "leeg gelaten".
    expect(await days.inputValue()).toBe('');
    await days.fill('0');
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await days.locator('xpath=..').locator('.field__error', { hasText: 'Aantal dagen dat de link werkt moet minstens 1 zijn' }).waitFor();
    expect(await moderator.locator('.mirror-link-card').count()).toBe(0);
    expect(await days.inputValue()).toBe('0');
    await days.fill('');
    await invite.getByRole('button', { name: 'Uitnodigen' }).click();
    await moderator.locator('.mirror-link-card').filter({ hasText: 'Voor: Familie Visser' }).waitFor();
    const [{ valid }] = await demo.kring.sql<{ valid: number }>(
      `SELECT floor(extract(epoch FROM expires_at - now()) / 86400)::int AS valid FROM mirror_participant WHERE conversation_id = $1 AND display_name = 'Familie Visser'`,
      [id],
    );
    // The link works until the end of its 60th day (link-expiry.ts).
    expect(valid).toBe(60);

    // A date typed only in part is not "no date": the field says so, nothing is sent, and what was typed stays.
    await moderator.getByText('Gegevens aanpassen').click();
    const date = moderator.getByLabel('Datum', { exact: true });
    const unreadable = () => date.evaluate((box) => (box as HTMLInputElement).validity.badInput);
    await date.fill('');
    await date.focus();
    await moderator.keyboard.type('12');
    expect(await unreadable()).toBe(true);
    await moderator.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await errorBeside('Datum').filter({ hasText: 'Deze datum is niet compleet of bestaat niet.' }).waitFor();
    expect(await moderator.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
    expect(await unreadable()).toBe(true);
    expect(await moderator.getByText('De wijzigingen zijn bewaard.', { exact: false }).count()).toBe(0);
    await date.fill('2031-06-12');
    await errorBeside('Datum').waitFor({ state: 'detached' });
    await moderator.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await moderator.getByText('De wijzigingen zijn bewaard.', { exact: false }).waitFor();
    await noSidewaysScroll(moderator);

    // A day that has passed is refused as for a session: the message stands at the date and time, what was typed stays.
    await date.fill('2020-06-12');
    await moderator.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    const when = moderator.getByRole('group', { name: 'Wanneer' });
    await when.locator('.field__error', { hasText: 'Datum en tijd ligt in het verleden: kies een moment dat nog komt' }).waitFor();
    expect(await date.inputValue()).toBe('2020-06-12');
    expect(await moderator.getByText('De wijzigingen zijn bewaard.', { exact: false }).count()).toBe(0);
    const [{ day }] = await demo.kring.sql<{ day: string }>(
      `SELECT to_char(scheduled_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day FROM mirror_conversation WHERE id = $1`,
      [id],
    );
    expect(day).toBe('2031-06-12');
  });

  it('opens a resident’s page in easy-read in their own words, and remembers a change of mind', async () => {
    const { id } = await plannedConversation(org);
    const resident = await inviteRelative(org, id, 'Mevrouw Smit (bewoner)', { kind: 'resident' });
    const phone = await (await demo.browser.newContext(PHONE)).newPage();
    await phone.goto(`${demo.kring.url}/naaste/${resident.token}`);
    await phone.getByRole('heading', { level: 1, name: 'U bent uitgenodigd voor een gesprek' }).waitFor();
    await phone.getByText('Voelt u zich hier thuis?').waitFor();
    expect(await phone.getByText('Voelt uw naaste zich hier thuis?').count()).toBe(0);
    await phone.getByRole('button', { name: 'Gewone tekst' }).click();
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Uitnodiging voor een spiegelgesprek' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Gewone tekst' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('on a phone: a first save with nothing ticked is a "no" (nothing was withdrawn), a too long answer and a BSN are named at their own box, and nothing typed is lost', async () => {
    const { id } = await plannedConversation(org);
    const relative = await inviteRelative(org, id, 'Familie Kok');
    const phone = await (await demo.browser.newContext(PHONE)).newPage();
    await phone.goto(`${demo.kring.url}/naaste/${relative.token}`);
    const save = phone.getByRole('button', { name: 'Opslaan' });
    await save.waitFor();
    // Read by people of 80: every choice on the page (consent, legal representative, reading mode, fold-outs, buttons)
    // is at least 44 px tall to tap, the boxes to tick at least 24 px, and no text of the page is under 18 px.
    const choices = await phone
      .locator('label:has(input[type=checkbox]), label:has(input[type=radio]), summary, button')
      .evaluateAll((all) =>
        all.filter((el) => el.getBoundingClientRect().height > 0).map((el) => Math.round(el.getBoundingClientRect().height)),
      );
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.filter((height) => height < 44)).toEqual([]);
    const ticks = await phone
      .locator('main input[type=checkbox], main input[type=radio]')
      .evaluateAll((all) => all.map((el) => Math.round(el.getBoundingClientRect().width)));
    expect(ticks.filter((width) => width < 24)).toEqual([]);
    const small = await phone.locator('body *:not(.skip-link)').evaluateAll((all) =>
      all
        .filter((el) => el.getBoundingClientRect().height > 0)
        .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .map((el) => `${parseFloat(getComputedStyle(el).fontSize)} px: ${el.textContent!.trim().slice(0, 40)}`)
        .filter((said) => parseFloat(said) < 18),
    );
    expect(small).toEqual([]);
    await noSidewaysScroll(phone);

    // Before any choice the page says how to write something beforehand, not that they do not take part.
    await phone.getByText('Zet dan een vinkje bij "Ik doe mee". Daarna ziet u hier de vakken om iets te schrijven.').waitFor();
    expect(await phone.getByText('U doet niet mee', { exact: false }).count()).toBe(0);

    // Saving with nothing ticked, before ever saying yes: said by the button, and not as a withdrawal.
    await save.click();
    await status(phone, 'Bewaard: u doet niet mee.').waitFor();
    expect(await phone.getByText('Uw toestemming is ingetrokken', { exact: false }).count()).toBe(0);
    await phone.getByText('U doet niet mee. Daarom bewaren we geen antwoorden van u.').waitFor();

    await phone.getByLabel('Ik doe mee aan het gesprek.').check();
    const home = phone.getByRole('group', { name: 'Je thuis voelen' });
    const important = home.getByLabel('Wat vind ik belangrijk?');
    const experienced = home.getByLabel('Wat ervaar ik?');
    // The box with its label and notes (a `has` locator is looked for inside, so it starts from the page, not from `home`).
    const fieldOf = (label: string) => home.locator('.field').filter({ has: phone.getByLabel(label) });
    const long = 'Dat ze haar eigen ritme mag houden. '.repeat(40);
    const withBsn = 'Rust. Haar BSN is 111222333.';
    await important.fill(long);
    await experienced.fill(withBsn);
    await save.click();
    // The choices are kept; the long text is named at its own box and stays as typed.
    await status(phone, 'Uw keuzes zijn bewaard. Eén van uw teksten is te lang').waitFor();
    await fieldOf('Wat vind ik belangrijk?').getByText(`Dit zijn ${long.trim().length} tekens; er passen er 1000.`).waitFor();
    expect(await important.inputValue()).toBe(long);
    expect(await experienced.inputValue()).toBe(withBsn);

    await important.fill('Dat ze haar eigen ritme mag houden.');
    await save.click();
    await fieldOf('Wat ervaar ik?').getByText('Hier vond Kring: 111222333 (BSN).', { exact: false }).waitFor();
    // The panel by the button speaks to the relative as the page does ("u"), and as the answer's declaration says
    // (no pseudonym here) it asks to describe the situation without names.
    const panel = phone.getByRole('alert').filter({ hasText: 'Een BSN bewaart Kring nooit' });
    await panel.getByText('Wat u typte, blijft staan.', { exact: false }).waitFor();
    await panel.getByText('1 BSN. Beschrijf de situatie zonder namen, adressen, geboortedata en nummers.', { exact: false }).waitFor();
    expect(await panel.getByText(/pseudoniem|Wat je typte/).count()).toBe(0);
    expect(await experienced.inputValue()).toBe(withBsn);
    expect(await important.inputValue()).toBe('Dat ze haar eigen ritme mag houden.');
    await noSidewaysScroll(phone);
  });

  it('says at the box itself what the content guard found, not only by the Opslaan button screens below it', async () => {
    const { id } = await plannedConversation(org);
    const relative = await inviteRelative(org, id, 'Familie de Wit');
    const phone = await (await demo.browser.newContext(PHONE)).newPage();
    await phone.goto(`${demo.kring.url}/naaste/${relative.token}`);
    await phone.getByLabel('Ik doe mee aan het gesprek.').check();
    const freeText = phone.getByLabel('Wat wilt u ons vooraf vertellen?');
    // The counter and how long Kring keeps the text read as sentences, not "0 van 4000 tekens We wissen…", and the
    // retention rule is said in the page's own plain words (retentionSentenceForRelatives), not the privacy page's.
    await phone
      .locator('.field')
      .filter({ has: freeText })
      .getByText(
        `0 van 4000 tekens. ${retentionSentenceForRelatives('mirror_relative_input', 'nl', RETENTION_DAY_LABELS[DEFAULT_RETENTION_DAYS].nl)}`,
        {
          exact: true,
        },
      )
      .waitFor();
    const typed = 'Mijn moeder voelt zich hier thuis. Haar BSN is 111222333, voor als het nodig is.';
    await freeText.fill(typed);
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await phone.getByRole('heading', { name: 'Een BSN bewaart Kring nooit' }).waitFor();
    // The box's own message names the number, and what was typed stays.
    const box = phone.locator('.field').filter({ has: freeText });
    await box.getByText('Hier vond Kring: 111222333 (BSN).', { exact: false }).waitFor();
    expect(await freeText.inputValue()).toBe(typed);
    expect(await phone.locator('.field__error', { hasText: 'Hier vond Kring' }).count()).toBe(1);
    await noSidewaysScroll(phone);
    const [{ stored }] = await demo.kring.sql<{ stored: string }>(`SELECT free_text AS stored FROM mirror_participant WHERE id = $1`, [
      relative.id,
    ]);
    expect(stored ?? '').not.toContain('111222333');
    // The refusal concerns the text only: "Ik doe mee" was saved before it, on its own, and the page says so by the button.
    const kept = status(phone, 'Uw keuzes zijn bewaard. Uw tekst nog niet: hierboven leest u waarom.');
    await kept.waitFor();
    const [button, message] = await Promise.all([phone.getByRole('button', { name: 'Opslaan' }).boundingBox(), kept.boundingBox()]);
    expect(Math.abs(message!.y - button!.y)).toBeLessThan(200);
    expect(
      await demo.kring.sql(`SELECT scope FROM mirror_consent WHERE participant_id = $1 AND withdrawn_at IS NULL`, [relative.id]),
    ).toEqual([{ scope: 'take_part' }]);
    expect(await phone.getByRole('button', { name: 'Ik trek alles in' }).count()).toBe(1);

    // Closing the page now would lose the text (the browser asks); once it is saved, nothing is left to lose.
    expect(await asksBeforeLeaving(phone)).toBe(true);
    await freeText.fill('Mijn moeder voelt zich hier thuis.');
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await status(phone, 'Uw keuzes en wat u schreef zijn bewaard.').waitFor();
    await untilLeavingAsksNothing(phone);
  });
});
