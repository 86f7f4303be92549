import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';
import { PASSWORD, setupFirstOrganisation } from '../support/fixtures';

/**
 * A case, story or library item the viewer may not read (or that does not
 * exist: the server answers the same, NOT_FOUND) is said to be unreadable on
 * its page, with no "Opnieuw proberen" (trying again changes nothing), and
 * the case page points back to the list. ui/Page's NotLoaded says it for all
 * three. Needs the built web app (apps/web/dist), which the API serves at `/`.
 */
describe('a page whose thing cannot be read', () => {
  const demo = useDemoBrowser();
  let organisationId: string;
  beforeAll(async () => {
    ({ organisationId } = await setupFirstOrganisation(demo.kring));
  });

  const retry = (page: Page) => page.getByRole('button', { name: 'Opnieuw proberen' });

  it('says so, without a retry, for a case, a story and a library item', async () => {
    const page = await demo.withSession('ingrid@hoeve.test', { password: PASSWORD });
    const cases: { path: string; title: string; says: string }[] = [
      { path: `/casussen/${randomUUID()}`, title: 'Casussen', says: 'Deze casus bestaat niet (meer), of je mag hem niet lezen.' },
      {
        path: `/verhalen/${randomUUID()}`,
        title: 'Verhalen',
        says: 'Dit verhaal bestaat niet (meer), of de verteller heeft (nog) niet goedgevonden dat jij het leest.',
      },
      {
        path: `/bibliotheek/${randomUUID()}?organisatie=${organisationId}`,
        title: 'Bibliotheek',
        says: 'Dit stuk is niet (meer) te lezen: het is uit de bibliotheek gehaald, of de toestemming is ingetrokken.',
      },
    ];
    for (const { path, title, says } of cases) {
      await page.goto(`${demo.kring.url}${path}`);
      await mainHeading(page, title).waitFor();
      await page.getByText(says).waitFor();
      expect(await retry(page).count()).toBe(0);
    }
    await page.goto(`${demo.kring.url}/casussen/${randomUUID()}`);
    await page.getByRole('link', { name: 'Terug naar de casussen' }).waitFor();
  });
});
