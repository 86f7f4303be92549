import { organisationsThatShowedSomething } from '../support/activity-rows';
import { PHONE } from '../support/browser';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';

/** A quarter as the API hands it out ("2026-Q4"): never what a reader should see. */
const QUARTER_KEY = /\b\d{4}-Q[1-4]\b/;

/**
 * Quarters on screen are written as a Dutch reader says them ("K4 2026"). The network page showed the harvest's
 * quarters that way but the shared mirror reports beside it as "2026-Q4", and so did the coordinator's year
 * overview and an anonymised mirror report: every screen now names a quarter through the one locale helper.
 */
describe('quarters and days in words, on the visit and network pages', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  it('the network page, a shared mirror report and the year overview say "K4 2026", at 360 px and at desktop width', async () => {
    const wilma = await demo.withSession('wilma@netwerk.demo', { landed: (p) => mainHeading(p, /./) });
    const [{ id: networkId }] = await demo.kring.sql<{ id: string }>(`SELECT id FROM learning_network LIMIT 1`);
    await wilma.goto(`${demo.kring.url}/lerend-netwerk/${networkId}`);
    const shared = wilma.getByRole('region', { name: 'Gedeelde spiegelrapporten' });
    await shared.getByRole('link').first().waitFor();
    expect(await shared.innerText()).toMatch(/K[1-4] \d{4}/);
    expect(await wilma.locator('main').innerText()).not.toMatch(QUARTER_KEY);

    // A report shared with the network opens in its anonymised version: a quarter, not a day.
    await shared.getByRole('link').first().click();
    await mainHeading(wilma, /^Spiegelrapport/).waitFor();
    await wilma
      .locator('main .lead')
      .getByText(/K[1-4] \d{4}/)
      .waitFor();
    expect(await wilma.locator('main').innerText()).not.toMatch(QUARTER_KEY);

    // The demo is dated relative to today: the year overview of the year its latest shared visit fell in.
    const [{ year }] = await demo.kring.sql<{ year: string }>(
      `SELECT max(date_part('year', visit_date))::text AS year FROM peer_visit WHERE report_status = 'closed' AND report_visibility = 'network'`,
    );
    // The overview shows figures only when five organisations or more showed something in the year (the network rule).
    // The demo's five homes may not all have in that year, as its days are counted back from the day it was loaded:
    // five more organisations that showed something in it make sure it shows them.
    await organisationsThatShowedSomething(demo.kring, networkId, 5, new Date(`${year}-06-15T10:00:00Z`));
    await wilma.goto(`${demo.kring.url}/netwerk/jaaroverzicht`);
    await wilma.getByLabel('Jaar').selectOption(year);
    // The small quarters counted together (harvestPeriods): the demo's shared visits never make five in one quarter
    // (at most four lie within any quarter's length of each other; demo-visits.data.ts), so the one column holds all
    // of them: "Alle kwartalen samen", not "Andere" (there are no others).
    const harvest = wilma.getByRole('region', { name: 'Beelden per soort' });
    await harvest.getByRole('columnheader', { name: 'Alle kwartalen samen' }).waitFor();
    expect((await harvest.getByRole('columnheader').allInnerTexts()).map((header) => header.trim())).toEqual([
      'Onderwerp',
      'Alle kwartalen samen',
    ]);
    expect(await wilma.locator('main').innerText()).not.toMatch(QUARTER_KEY);
    await wilma.context().close();

    const ingrid = await demo.withSession('ingrid@hoeve.demo', { device: PHONE, landed: (p) => mainHeading(p, /./) });
    await ingrid.goto(`${demo.kring.url}/lerend-netwerk/${networkId}`);
    const onPhone = ingrid.getByRole('region', { name: 'Gedeelde spiegelrapporten' });
    await onPhone.getByRole('link').first().waitFor();
    expect(await onPhone.innerText()).toMatch(/K[1-4] \d{4}/);
    expect(await ingrid.locator('main').innerText()).not.toMatch(QUARTER_KEY);
    await ingrid.context().close();
  });

  it('a visit’s day is the same day in a browser west of Greenwich (New York), not the day before', async () => {
    const [visit] = await demo.kring.sql<{ id: string; day: string }>(
      `SELECT v.id, to_char(v.visit_date, 'YYYY-MM-DD') AS day FROM peer_visit v JOIN organisation o ON o.id = v.organisation_id
       WHERE o.name = 'Zorgboerderij De Hoeve' AND v.visit_date IS NOT NULL ORDER BY v.visit_date LIMIT 1`,
    );
    const written = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${visit.day}T12:00:00Z`));
    const page = await demo.withSession('ingrid@hoeve.demo', {
      device: { ...PHONE, timezoneId: 'America/New_York' },
      path: `/visitatie/${visit.id}`,
      landed: (p) => mainHeading(p, /Zorgboerderij De Hoeve/),
    });
    await page.locator('main').getByText(written, { exact: false }).first().waitFor();
    await page.context().close();
  });
});
