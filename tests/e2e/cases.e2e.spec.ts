import type { Page } from 'playwright-core';
import { asksBeforeLeaving, followMenuLink, PHONE } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';
import { GraphqlClient } from '../support/graphql-client';
import { tablesHolding } from '../support/text-search';
import { ACCEPT, CREATE_TEAM, INVITE, PASSWORD, setupFirstOrganisation, tokenFromOutbox } from '../support/fixtures';

/**
 * A care worker writes a case on a phone: the guard marks a colleague's name
 * and a phone number while she types, saving waits for "Ik heb dit
 * gecontroleerd", and sharing with the team needs consent and a second look.
 * Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('writing and sharing a case in the browser', () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    const { admin, organisationId } = await setupFirstOrganisation(demo.kring);
    const team = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team wonen' })).createTeam;
    await admin.ok(INVITE, { input: { organisationId, email: 'bram@hoeve.test', role: 'care_worker', teamId: team.id } });
    await new GraphqlClient(demo.kring.url).ok(ACCEPT, {
      input: { token: await tokenFromOutbox(demo.kring, 'bram@hoeve.test', 'uitnodiging'), displayName: 'Bram', password: PASSWORD },
    });
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  /**
   * What the guard says beside a text box: the note in the box's own field, read out with it (aria-describedby),
   * and on screen right above the box, not only in the panel by the button a long way down on a phone.
   */
  const noteBeside = async (page: Page, label: string) => {
    const box = page.getByLabel(label, { exact: true });
    const note = box.locator('xpath=..').locator('.field__guard');
    await note.waitFor();
    const [boxAt, noteAt] = [(await box.boundingBox())!, (await note.boundingBox())!];
    expect(boxAt.y - (noteAt.y + noteAt.height)).toBeGreaterThanOrEqual(0);
    expect(boxAt.y - (noteAt.y + noteAt.height)).toBeLessThan(20);
    expect((await box.getAttribute('aria-describedby'))?.split(' ')).toContain(await note.getAttribute('id'));
    return (await note.textContent())!;
  };

  it('warns, highlights and asks for confirmation before saving and sharing', async () => {
    const page = await demo.logIn('bram@hoeve.test', {
      password: PASSWORD,
      device: PHONE,
      landed: (p) => heading(p).filter({ hasText: 'Bram' }),
    });

    await followMenuLink(page, 'Casussen');
    await heading(page).filter({ hasText: 'Casussen' }).waitFor();
    await page.getByText('Er zijn nog geen casussen die je kunt lezen.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe casus schrijven' }).click();
    await heading(page).filter({ hasText: 'Nieuwe casus' }).waitFor();

    await page.getByLabel('Titel', { exact: true }).fill('Niet willen douchen');
    expect(await page.getByLabel('Titel van het hoofdstuk').inputValue()).toBe('Het begin');
    await page.getByLabel('Wat gebeurde er?').fill('Ingrid belde haar dochter op 06-12345678. Mevrouw wilde eerst koffie.');

    // While typing: the guard marks what it found, with a label.
    const guard = page.getByRole('region', { name: 'Controleer de gemarkeerde plekken' });
    await guard.waitFor();
    await guard.locator('mark', { hasText: 'Ingrid (naam)' }).waitFor();
    await guard.locator('mark', { hasText: '06-12345678 (telefoonnummer)' }).waitFor();
    expect(await fitsThePhone(page)).toBe(true);
    // And beside the box it was typed in, with what to do; the title box, clean, says nothing.
    expect(await noteBeside(page, 'Wat gebeurde er?')).toBe(
      'Hier vond Kring: Ingrid (naam), 06-12345678 (telefoonnummer). Pas het aan, of bevestig onder het formulier dat je het gecontroleerd hebt.',
    );
    expect(await page.getByLabel('Titel', { exact: true }).locator('xpath=..').locator('.field__guard').count()).toBe(0);

    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ik heb dit gecontroleerd' }).waitFor();
    expect(await demo.kring.sql(`SELECT id FROM case_file`)).toHaveLength(0);

    // Editing the name away leaves only the phone number to confirm.
    await page.getByLabel('Wat gebeurde er?').fill('Een collega belde haar dochter op 06-12345678. Mevrouw wilde eerst koffie.');
    await guard.locator('mark', { hasText: 'Ingrid' }).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Ik heb dit gecontroleerd' }).check();
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await heading(page).filter({ hasText: 'Niet willen douchen' }).waitFor();
    await page.getByText(/^Code C-/).waitFor();
    expect(await fitsThePhone(page)).toBe(true);

    // A chapter being changed is not lost to one key: Escape asks first, "Verder bewerken" keeps every word typed.
    await page.getByRole('button', { name: 'Hoofdstuk aanpassen: Het begin' }).click();
    const chapter = page.getByRole('form', { name: 'Hoofdstuk aanpassen: Het begin' });
    const body = chapter.getByLabel('Wat gebeurde er?');
    const longer = 'Een collega belde haar dochter op 06-12345678. Mevrouw wilde eerst koffie, en daarna wel douchen.';
    await body.fill(longer);
    await body.press('Escape');
    const discard = chapter.getByRole('group', { name: 'Wat je hier typte, is nog niet bewaard. Weggooien?' });
    await discard.getByRole('button', { name: 'Verder bewerken' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await body.inputValue()).toBe(longer);
    expect(await body.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await fitsThePhone(page)).toBe(true);
    // Nor to a closed tab or a reload: the browser asks first while the text is not saved, and not once it is gone.
    expect(await asksBeforeLeaving(page)).toBe(true);
    await chapter.getByRole('button', { name: 'Annuleren' }).click();
    await chapter.waitFor({ state: 'detached' });
    expect(await asksBeforeLeaving(page)).toBe(false);

    // The team needs consent first.
    const teamChoice = page.getByRole('radio', { name: /^Het team/ });
    expect(await teamChoice.isDisabled()).toBe(true);
    await page.getByLabel('Waarvoor?').selectOption({ label: 'Bespreken in het team' });
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De toestemming is vastgelegd.' }).waitFor();

    // Sharing re-checks every chapter, and the phone number needs a second look.
    await teamChoice.check();
    const shareGuard = page.getByRole('region', { name: 'Controleer de gemarkeerde plekken' });
    await shareGuard.locator('mark', { hasText: '06-12345678 (telefoonnummer)' }).waitFor();
    await shareGuard.getByRole('checkbox', { name: 'Ik heb dit gecontroleerd' }).check();
    await page.getByRole('button', { name: 'Zichtbaarheid opslaan' }).click();
    // Said by the button that saved it, not above the levels' explanation a phone's screens away.
    const shareForm = page.getByRole('form', { name: 'Wie mag de casus lezen?' });
    await shareForm.locator('.form__actions').getByRole('status').filter({ hasText: 'Opgeslagen: Het team.' }).waitFor();
    await page.getByText('Nu: Het team').waitFor();
    expect(await demo.kring.sql(`SELECT visibility FROM case_file`)).toEqual([{ visibility: 'team' }]);
  });

  it('offers no "Ik heb dit gecontroleerd" for a BSN: it says the rule, keeps the text and saves only once the number is gone', async () => {
    const page = await demo.logIn('bram@hoeve.test', {
      password: PASSWORD,
      device: PHONE,
      landed: (p) => heading(p).filter({ hasText: 'Bram' }),
    });
    await page.goto(`${demo.kring.url}/casussen/nieuw`);
    await heading(page).filter({ hasText: 'Nieuwe casus' }).waitFor();
    const before = await demo.kring.sql(`SELECT id FROM case_file`);
    await page.getByLabel('Titel', { exact: true }).fill('Niet mee willen naar buiten');
    // The chapter's empty title is named at the chapter's title box (the server would call it `title`, the case's field).
    const chapterTitle = page.getByLabel('Titel van het hoofdstuk');
    await chapterTitle.fill('  ');
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await chapterTitle.locator('xpath=..').locator('.field__error', { hasText: 'Titel is verplicht' }).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).locator('xpath=..').locator('.field__error').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('chapterTitle');
    await chapterTitle.fill('Het begin');
    // The chapter's empty text is the server's to refuse: its answer calls the box `body`, the page `chapterBody`.
    const chapterBody = page.getByLabel('Wat gebeurde er?');
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await chapterBody.locator('xpath=..').locator('.field__error', { hasText: 'Tekst is verplicht' }).waitFor();
    const withBsn = 'Een collega zag het nummer 111222333 op de map liggen. Mevrouw wilde binnen blijven.';
    await chapterBody.fill(withBsn);
    // Filled since, the box no longer says it is empty (the walk found it still did).
    expect(await chapterBody.locator('xpath=..').locator('.field__error').count()).toBe(0);

    // While typing: the rule, not a checkbox that promises a save the server always refuses.
    const guard = page.getByRole('region', { name: 'Een BSN bewaart Kring nooit' });
    await guard.locator('mark', { hasText: '111222333 (BSN)' }).waitFor();
    await guard.getByText('Haal het nummer weg; daarna kun je opslaan.', { exact: false }).waitFor();
    expect(await noteBeside(page, 'Wat gebeurde er?')).toBe(
      'Hier vond Kring: 111222333 (BSN). Haal het BSN weg; Kring bewaart het nooit. De rest van je tekst blijft staan.',
    );
    expect(await page.getByRole('checkbox', { name: 'Ik heb dit gecontroleerd' }).count()).toBe(0);

    // Saving anyway sends nothing: the reason is said under the panel, and what was typed stays.
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er staat een BSN in de tekst.' }).waitFor();
    expect(await page.getByLabel('Wat gebeurde er?').inputValue()).toBe(withBsn);
    // "Titel is verplicht" was about the empty box: filled since, it no longer says so, though nothing was checked again.
    expect(await chapterTitle.locator('xpath=..').locator('.field__error').count()).toBe(0);
    // A refused save stored nothing, so the text still counts as unsaved.
    expect(await asksBeforeLeaving(page)).toBe(true);
    expect(await demo.kring.sql(`SELECT id FROM case_file`)).toHaveLength(before.length);
    expect(await fitsThePhone(page)).toBe(true);

    // Without the number the case saves at once (nothing else to confirm).
    await page.getByLabel('Wat gebeurde er?').fill('Een collega zag de map liggen. Mevrouw wilde binnen blijven.');
    await guard.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Casus opslaan' }).click();
    await heading(page).filter({ hasText: 'Niet mee willen naar buiten' }).waitFor();
    expect(await tablesHolding(demo.kring, '111222333')).toEqual([]);

    // Closing the tab with a chapter half changed: the browser's own question comes first.
    await page
      .getByRole('button', { name: /^Hoofdstuk aanpassen/ })
      .first()
      .click();
    await page
      .getByRole('form', { name: /^Hoofdstuk aanpassen/ })
      .getByLabel('Wat gebeurde er?')
      .fill('Een collega zag de map liggen. Mevrouw wilde binnen blijven, en later toch even de tuin in.');
    const question = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await question;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });
});
