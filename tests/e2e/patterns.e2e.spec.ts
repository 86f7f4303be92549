import type { Page } from 'playwright-core';
import { demoNetwork } from '../integration/peer-visits-fixtures';
import { PHONE } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';

/** The patterns page says how beelden of a peer visit count, from the rule that counts them (FINDING_TYPE_DIRECTION). Needs apps/web/dist. */
describe('the patterns page explains visit tags', () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    await demoNetwork(demo.kring);
  });

  it('names every finding type with the direction its tags count in', async () => {
    const page = await demo.logIn('ingrid@hoeve.demo');
    await page.goto(`${demo.kring.url}/patronen`);
    const explanation = page.getByText(/^Beelden van een visitatie tellen mee zodra de gastheer het spiegelrapport/);
    await explanation.waitFor();
    const text = await explanation.innerText();
    expect(text).toContain('Wat ons raakte / sterk punt als zichtbaar sterk');
    expect(text).toContain('Regelknelpunt als onder druk');
    expect(text).toContain('Spiegelvraag als vraag');
  });

  /** Where the heat map's quarter columns and first value name stand, against the grid's own visible box. */
  async function heatMapLayout(page: Page) {
    await page.goto(`${demo.kring.url}/patronen`);
    const grid = page.locator('.heat-map');
    await grid.locator('.heat-map__cell').first().waitFor();
    await grid.screenshot({ path: `/tmp/patterns-heat-map-${page.viewportSize()?.width}.png` });
    return grid.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const shown = (cell: Element) => {
        const r = cell.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      };
      const quarters = Array.from(element.querySelectorAll('.heat-map__quarter'));
      const name = element.querySelector('.heat-map__label')!.getBoundingClientRect();
      return {
        quarters: quarters.map((q) => q.textContent),
        visible: quarters.filter(shown).map((q) => q.textContent),
        scrolls: element.scrollWidth > element.clientWidth,
        nameInView: name.left >= box.left - 1 && name.right <= box.right + 1,
        pageWidth: document.documentElement.scrollWidth,
      };
    });
  }

  it('opens the heat map on the newest quarter on a 360 px phone, the value names in view, and shows every quarter on a desktop', async () => {
    const phone = await heatMapLayout(await demo.logIn('ingrid@hoeve.demo', { device: PHONE }));
    // Eight quarters, oldest first, up to the current one.
    expect(phone.quarters).toHaveLength(8);
    const newest = phone.quarters[7];
    expect(newest).toMatch(/^K[1-4] \d{4}$/);
    // They do not fit on the phone: the grid scrolls inside itself (not the page) and opens at the newest end.
    expect(phone.scrolls).toBe(true);
    expect(phone.pageWidth).toBeLessThanOrEqual(360);
    expect(phone.visible).toContain(newest);
    expect(phone.visible).not.toContain(phone.quarters[0]);
    expect(phone.visible.length).toBeGreaterThanOrEqual(3);
    expect(phone.nameInView).toBe(true);

    const desktop = await heatMapLayout(await demo.logIn('ingrid@hoeve.demo'));
    expect(desktop.scrolls).toBe(false);
    expect(desktop.visible).toEqual(desktop.quarters);
    expect(desktop.quarters).toEqual(phone.quarters);
    expect(desktop.nameInView).toBe(true);
  });
});
