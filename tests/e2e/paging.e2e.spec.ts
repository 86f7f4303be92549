import type { Locator } from 'playwright-core';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';
import { PASSWORD, setupFirstOrganisation } from '../support/fixtures';

/**
 * Lists read page by page (ui/usePages): the notifications (30 a page) and
 * the privacy log (100 a page). "Oudere meldingen" / "Eerdere gebeurtenissen"
 * keeps what is shown and adds the next page below it; another filter starts
 * again from the first page. Needs the built web app (apps/web/dist).
 */
describe('lists read page by page', () => {
  const demo = useDemoBrowser();
  let organisationId: string;
  let personId: string;
  beforeAll(async () => {
    ({ organisationId, personId } = await setupFirstOrganisation(demo.kring));
  });

  const texts = (items: Locator) => items.allInnerTexts();

  /** Waits until `items` holds exactly `count` elements (a page is read after a click). */
  const holds = async (items: Locator, count: number) => {
    await items.nth(count - 1).waitFor();
    await items.nth(count).waitFor({ state: 'detached' });
    expect(await items.count()).toBe(count);
  };

  it('shows older notifications below the first page, and starts again when only unread ones are asked for', async () => {
    // 35 notifications, one a minute, the 10 newest read, each about a practice of the organisation (the bell shows only
    // what still holds).
    await demo.kring.sql(
      `WITH practices AS (
         INSERT INTO practice (organisation_id, what) SELECT $1, 'Praktijk ' || i FROM generate_series(1, 35) i RETURNING id, what
       )
       INSERT INTO notification (organisation_id, person_id, kind, subject_id, params, link, read_at, created_at)
       SELECT $1, $2, 'look_back_due', p.id, jsonb_build_object('when', '2026-12-01', 'team', 'Team ' || i), '/leren',
              CASE WHEN i <= 10 THEN now() END, now() - i * interval '1 minute'
       FROM practices p CROSS JOIN LATERAL (SELECT split_part(p.what, ' ', 2)::int AS i) n`,
      [organisationId, personId],
    );
    const page = await demo.withSession('ingrid@hoeve.test', { password: PASSWORD, path: '/meldingen' });
    await mainHeading(page, 'Meldingen').waitFor();
    const items = page.locator('ol.notifications > li');
    await holds(items, 30);
    const first = await texts(items);
    await page.getByRole('button', { name: 'Oudere meldingen' }).click();
    await holds(items, 35);
    expect((await texts(items)).slice(0, 30)).toEqual(first);
    expect(await page.getByRole('button', { name: 'Oudere meldingen' }).count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Alleen ongelezen' }).check();
    await holds(items, 25);
    expect(await page.locator('ol.notifications .notification--unread').count()).toBe(25);
  });

  it('shows earlier events of the privacy log below the first page, and starts again with another filter', async () => {
    await demo.kring.sql(
      `INSERT INTO audit_event (organisation_id, person_id, action, created_at)
       SELECT $1, $2, 'password_reset', now() - i * interval '1 second' FROM generate_series(1, 120) i`,
      [organisationId, personId],
    );
    const page = await demo.withSession('ingrid@hoeve.test', { password: PASSWORD, path: '/privacy' });
    const log = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Logboek', level: 2 }) });
    await log.waitFor();
    const rows = log.locator('tbody tr');
    await holds(rows, 100);
    const first = await texts(rows);
    await log.getByRole('button', { name: 'Eerdere gebeurtenissen' }).click();
    await rows.nth(100).waitFor();
    const all = await texts(rows);
    // At least the 120 inserted and the set-up itself, the first page kept as it was.
    expect(all.length).toBeGreaterThanOrEqual(121);
    expect(all.slice(0, 100)).toEqual(first);
    expect(await log.getByRole('button', { name: 'Eerdere gebeurtenissen' }).count()).toBe(0);

    await log.getByRole('combobox', { name: 'Wat' }).selectOption({ label: 'Kring ingericht' });
    await holds(rows, 1);
    expect(await texts(rows)).toEqual([expect.stringContaining('Kring ingericht')]);
  });
});
