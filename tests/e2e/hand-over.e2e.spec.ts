import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { fillLogIn, useDemoBrowser } from '../support/demo-browser';

/**
 * A manager changes the role of a moderator who still leads a session: the members page says so, links to each
 * plan, and the session's page gives the manager (who does not take part) the plan to choose another moderator,
 * and nothing of what the session yields. On a phone, in Dutch, on the demo.
 */
describe('handing a session on when a moderator changes role', () => {
  const demo = useDemoBrowser({ loadDemo: true });

  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('links from the role change to each plan Ahmed leads, where Marloes chooses another moderator', async () => {
    const { kring, browser } = demo;
    const [ahmed] = await kring.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'ahmed@lindehof.demo'`);
    const led = await kring.sql<{ id: string }>(
      `SELECT id FROM reflection_session WHERE moderator_id = $1 AND status IN ('planned', 'live') ORDER BY scheduled_at, id`,
      [ahmed.id],
    );
    const conversations = await kring.sql<{ id: string }>(
      `SELECT id FROM mirror_conversation WHERE moderator_id = $1 AND status IN ('planned', 'live') ORDER BY scheduled_at, id`,
      [ahmed.id],
    );
    expect(led.length).toBeGreaterThan(0);
    const [session] = led;

    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${kring.url}/inloggen`);
    await fillLogIn(page, 'marloes@lindehof.demo');
    await page.getByRole('heading', { level: 1, name: /Marloes Visser$/ }).waitFor();
    const [lindehof] = await kring.sql<{ id: string }>(`SELECT id FROM organisation WHERE name LIKE '%Lindehof%'`);
    await page.goto(`${kring.url}/organisatie/${lindehof.id}`);

    // Another role for Ahmed: he stays moderator where he leads, the page says so beside the role, with a link to each plan.
    await page.getByRole('button', { name: 'Wijzigen: Ahmed Yilmaz (Gespreksleider)' }).click();
    const change = page.getByRole('form', { name: 'Rol of team van Ahmed Yilmaz wijzigen' });
    await change.getByLabel('Rol').selectOption({ label: 'Begeleider' });
    await change
      .getByText(/^Ahmed Yilmaz leidt nog de \d+ sessies of spiegelgesprekken hieronder en blijft daar gespreksleider\./)
      .waitFor();
    const plans = change.getByRole('list', { name: 'Wat Ahmed Yilmaz nog leidt' }).getByRole('link');
    expect(await plans.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      expect.arrayContaining([...led.map((s) => `/sessies/${s.id}`), ...conversations.map((c) => `/spiegelgesprekken/${c.id}`)]),
    );
    expect(await plans.count()).toBe(led.length + conversations.length);
    expect(await plans.first().textContent()).toMatch(/^(Reflectiesessie|Spiegelgesprek) van \d+ \w+ \d{4} om \d\d:\d\d$/);
    expect(await fitsThePhone(page)).toBe(true);

    // The session's page: the plan, to change, and a word on why there is no harvest here.
    await change
      .getByRole('link', { name: /^Reflectiesessie van/ })
      .first()
      .click();
    await page.getByText('Je doet niet mee aan deze sessie. Je ziet het plan en kunt het aanpassen', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: /^(Meedoen|Open de ruimte)/ }).count()).toBe(0);
    await page.getByText('Plan aanpassen').click();
    await page.getByLabel('Gespreksleider').selectOption({ label: 'Marloes Visser' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    const [marloes] = await kring.sql<{ id: string }>(`SELECT id FROM person WHERE email = 'marloes@lindehof.demo'`);
    expect(await kring.sql(`SELECT moderator_id FROM reflection_session WHERE id = $1`, [session.id])).toEqual([
      { moderator_id: marloes.id },
    ]);
    expect(await fitsThePhone(page)).toBe(true);

    // Back on the members page the session is no longer Ahmed's to lead.
    await page.goto(`${kring.url}/organisatie/${lindehof.id}`);
    await page.getByRole('button', { name: 'Wijzigen: Ahmed Yilmaz (Gespreksleider)' }).click();
    await change.getByLabel('Rol').selectOption({ label: 'Begeleider' });
    const after = led.length - 1 + conversations.length;
    if (after === 0) await change.getByRole('list').waitFor({ state: 'detached' });
    else expect(await plans.count()).toBe(after);
    expect(await plans.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).not.toContain(`/sessies/${session.id}`);
  });
});
