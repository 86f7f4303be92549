import { COMPLEMENT_COUNT_WHY, TOO_FEW_ORGANISATIONS_IN_YEAR, yearInNetherlands } from '@kring/domain';
import { organisationsThatShowedSomething } from '../support/activity-rows';
import { PHONE } from '../support/browser';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';

const DEVICES = [
  ['360 px', PHONE],
  ['desktop', undefined],
] as const;

/**
 * The coordinator's year overview with a method held 3 times beside the sessions held (domain guide §8): the
 * screen hides a second method with it ("verborgen") and says why under the table, at 360 px and at desktop
 * width, so that the total minus the methods still shown does not give the 3 away. Every shipped method has a
 * row, and the organisations' own methods one together. Fewer than five homes that showed something in the year
 * are too few for any figure (the network rule its patterns apply to a quarter): with two of the demo's five
 * homes moved out of the year the page says so first; then, with them back and five more organisations (so the
 * year counts enough homes whatever day the demo was loaded), the figures.
 */
describe('a small count beside its total, on the network year overview', () => {
  const demo = useDemoBrowser({ loadDemo: true });
  const year = yearInNetherlands();

  beforeAll(async () => {
    // The demo network's sessions of this year, made 28: 3 with the dilemma method, 11 with images of quality, 14 with
    // the incident method (copies of a held session, each method as a session of that method was held).
    const inYear = `s.status = 'closed' AND date_part('year', coalesce(s.started_at, s.scheduled_at) AT TIME ZONE 'Europe/Amsterdam') = ${year}`;
    const held = await demo.kring.sql<{ id: string }>(`SELECT s.id FROM reflection_session s WHERE ${inYear} ORDER BY s.id`);
    const columns = (
      await demo.kring.sql<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'reflection_session' AND column_name <> 'id'`,
      )
    )
      .map((c) => `"${c.column_name}"`)
      .join(', ');
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThanOrEqual(28);
    await demo.kring.sql(
      `INSERT INTO reflection_session (${columns}) SELECT ${columns} FROM reflection_session, generate_series(1, $2) WHERE id = $1`,
      [held[0].id, 28 - held.length],
    );
    await demo.kring.sql(
      `WITH ranked AS (SELECT s.id, row_number() OVER (ORDER BY s.id) AS n FROM reflection_session s WHERE ${inYear}),
            method AS (SELECT DISTINCT ON (method_id) method_id, method_version, method_snapshot FROM reflection_session
                       WHERE method_id IN ('dilemma_method', 'images_of_quality', 'incident_method'))
       UPDATE reflection_session s SET method_id = m.method_id, method_version = m.method_version, method_snapshot = m.method_snapshot
       FROM ranked r, method m
       WHERE s.id = r.id AND m.method_id = CASE WHEN r.n <= 3 THEN 'dilemma_method' WHEN r.n <= 14 THEN 'images_of_quality' ELSE 'incident_method' END`,
    );
  });

  describe('with two of the demo’s five homes quiet this year', () => {
    // Everything the overview counts of De Werkplaats and De Esch (sessions, mirror conversations, new practices, the
    // visits they hosted) moved 400 days back, out of any year it was in, and forward again afterwards: the three
    // other homes are too few. Shifted, not deleted, so the figures below count the same year as before.
    const shift = async (days: number) => {
      const quiet = `(SELECT id FROM organisation WHERE name IN ('Dagbesteding De Werkplaats', 'Woongroep De Esch'))`;
      const by = `make_interval(days => ${days})`;
      await demo.kring.sql(
        `UPDATE reflection_session SET scheduled_at = scheduled_at + ${by}, started_at = started_at + ${by}, ended_at = ended_at + ${by},
           report_approved_at = report_approved_at + ${by} WHERE organisation_id IN ${quiet}`,
      );
      await demo.kring.sql(
        `UPDATE mirror_conversation SET scheduled_at = scheduled_at + ${by}, started_at = started_at + ${by}, ended_at = ended_at + ${by},
           harvest_approved_at = harvest_approved_at + ${by} WHERE organisation_id IN ${quiet}`,
      );
      await demo.kring.sql(`UPDATE practice SET created_at = created_at + ${by} WHERE organisation_id IN ${quiet}`);
      await demo.kring.sql(`UPDATE peer_visit SET visit_date = visit_date + ${days} WHERE organisation_id IN ${quiet}`);
    };
    beforeAll(() => shift(-400));
    afterAll(() => shift(400));

    it.each(DEVICES)('at %s: why there are no figures, in the rule’s words, and no table', async (_, device) => {
      const wilma = await demo.withSession('wilma@netwerk.demo', { device, landed: (p) => mainHeading(p, /./) });
      await wilma.goto(`${demo.kring.url}/netwerk/jaaroverzicht`);
      await wilma.getByLabel('Jaar').selectOption(String(year));
      await wilma.getByRole('status').filter({ hasText: TOO_FEW_ORGANISATIONS_IN_YEAR.nl }).waitFor();
      const main = await wilma.locator('main').innerText();
      expect(main).toMatch(/Organisaties die meetellen: [1-4]\b/);
      expect(main).not.toContain('Gehouden sessies');
      expect(await wilma.getByRole('table').count()).toBe(0);
      const viewport = wilma.viewportSize()!;
      expect(await wilma.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await wilma.context().close();
    });
  });

  describe('with five more organisations that showed something this year', () => {
    beforeAll(async () => {
      const [{ id: networkId }] = await demo.kring.sql<{ id: string }>(`SELECT id FROM learning_network LIMIT 1`);
      await organisationsThatShowedSomething(demo.kring, networkId, 5);
    });

    it.each(DEVICES)('at %s: the total, "minder dan 5", "verborgen" and why, with no sideways scrolling', async (_, device) => {
      const wilma = await demo.withSession('wilma@netwerk.demo', { device, landed: (p) => mainHeading(p, /./) });
      await wilma.goto(`${demo.kring.url}/netwerk/jaaroverzicht`);
      await wilma.getByLabel('Jaar').selectOption(String(year));
      const methods = wilma.getByRole('table', { name: 'Reflectiesessies' });
      await methods.getByRole('row', { name: /Incidentmethode/ }).waitFor();
      expect(await wilma.locator('main').innerText()).toContain('Gehouden sessies: 28');
      const rows = await methods.locator('tbody tr').allInnerTexts();
      // Every shipped method in a fixed order, held or not; De Hoeve's own method (its name names it) only as one of the
      // organisations' own methods together.
      expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
        'Casusreflectie met de presentie-lens minder dan 5',
        'Waardenreflectie: "Zou je dat thuis ook doen?" minder dan 5',
        'Incidentmethode 14',
        'Dilemmamethode (moreel beraad) minder dan 5',
        'Kwaliteit van zorg 2.0 minder dan 5',
        'Beelden van kwaliteit verborgen',
        'Luisteraarsreflectie na een spiegelgesprek minder dan 5',
        'Eigen werkvormen van de organisaties, samen minder dan 5',
      ]);
      expect(await wilma.locator('main').innerText()).not.toMatch(/Hoeve|Lindehof|Kompas|Werkplaats|Esch|Zorgplek/);
      // Why, on the screen itself (a phone has no hover) and on hover, in the rule's own words.
      await wilma.getByText(COMPLEMENT_COUNT_WHY.nl).waitFor();
      expect(await methods.getByText('verborgen').getAttribute('title')).toBe(COMPLEMENT_COUNT_WHY.nl);
      expect(await methods.getByText('minder dan 5').first().getAttribute('title')).toMatch(/^Aantallen onder de 5/);
      const viewport = wilma.viewportSize()!;
      expect(await wilma.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await wilma.context().close();
    });
  });
});
