import type { Page } from 'playwright-core';
import { SHIPPED_METHODS } from '@kring/domain';
import { followMenuLink, PHONE } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';
import { PASSWORD, setupFirstOrganisation } from '../support/fixtures';

/**
 * A moderator adapts a shipped method on a phone: copy, edit in the builder
 * (with the problems shown where they are), save as version 2, and find
 * version 1 unchanged. Needs the built web app (apps/web/dist).
 */
describe('methods in the browser', () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    await setupFirstOrganisation(demo.kring);
  });

  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const phase = (page: Page, legend: RegExp) => page.getByRole('group', { name: legend });
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  const logIn = (): Promise<Page> =>
    demo.logIn('ingrid@hoeve.test', { password: PASSWORD, device: PHONE, landed: (page) => heading(page, /Ingrid/) });

  it('copies the incident method, adapts it in the builder and keeps version 1', async () => {
    const page = await logIn();

    await followMenuLink(page, 'Werkvormen');
    await page.getByRole('heading', { name: 'Meegeleverd met Kring' }).waitFor();
    expect(await page.locator('.method-cards').first().getByRole('listitem').count()).toBe(SHIPPED_METHODS.length);
    await page.getByRole('link', { name: 'Incidentmethode' }).click();
    await heading(page, 'Incidentmethode').waitFor();
    await page.getByLabel('Naam van de kopie').fill('Onze incidentmethode');
    await page.getByRole('button', { name: 'Kopie maken en aanpassen' }).click();
    await heading(page, 'Onze incidentmethode aanpassen').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);

    // Emptying a title shows the problem at the phase, and saving is held back.
    const facts = phase(page, /^Fase 2: Feitenvragen$/);
    await facts.getByLabel('Titel (Nederlands)').fill('');
    await page.getByText('Fase 2: geef een titel in het Nederlands en het Engels.').first().waitFor();
    await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nog niet klaar om op te slaan' }).waitFor();

    const renamed = phase(page, /^Fase 2: /);
    await renamed.getByLabel('Titel (Nederlands)').fill('Alleen feiten');
    await renamed.getByLabel('Richttijd in minuten').fill('20');
    await phase(page, /^Fase 5 verplaatsen of verwijderen$/)
      .getByRole('button', { name: 'Verwijderen' })
      .click();
    // The phase behaviour, in the builder: the lessons become new practices; the questions are written alone first.
    const lessons = phase(page, /^Fase 6: Lessen$/);
    await lessons
      .getByLabel('Naar de oogst')
      .selectOption({ label: 'Als nieuwe praktijk (wie en wanneer terugkijken vult de gespreksleider in)' });
    await renamed.getByRole('checkbox', { name: /^Eerst zelf schrijven/ }).check();
    // A switch the phase kind has nothing for is not offered: nobody votes while asking questions.
    expect(await renamed.getByRole('checkbox', { name: /^Stemmen verborgen/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Opslaan als versie 2' }).click();

    await page.getByRole('status').filter({ hasText: 'Opgeslagen als versie 2.' }).waitFor();
    await heading(page, 'Onze incidentmethode').waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Alleen feiten' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'Vergelijken' }).count()).toBe(0);
    await page.getByText('Naar de oogst: als nieuwe praktijk').waitFor();
    expect(await page.locator('.phase-list > li').nth(1).getByText('Eerst zelf schrijven').count()).toBe(1);

    await page.getByRole('link', { name: 'Versie 1', exact: true }).click();
    await page.getByText('Je bekijkt versie 1. De nieuwste versie is 2.').waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Feitenvragen' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: 'Vergelijken' }).count()).toBe(1);
  });

  it('shows the values framework and the lenses in Dutch and English', async () => {
    const page = await (await demo.browser.newContext(PHONE)).newPage();
    await page.goto(`${demo.kring.url}/waarden`);
    await heading(page, 'Waarden en lenzen').waitFor();
    expect(await page.locator('.core-value').count()).toBe(6);
    await page.getByRole('heading', { name: '6. Gewone omgeving' }).waitFor();
    await page.getByText('In het onderzoek zijn hier geen kwetsbaarheden genoemd.').waitFor();
    await page.getByRole('heading', { name: 'Presentie' }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Values and lenses').waitFor();
    await page.getByRole('heading', { name: '1. Feeling at home' }).waitFor();
    await page.getByText('Visible strength').waitFor();
  });
});
