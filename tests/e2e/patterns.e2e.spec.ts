import type { Page } from 'playwright-core';
import { demoNetwork } from '../integration/peer-visits-fixtures';
import { PHONE } from '../support/browser';
import { useDemoBrowser } from '../support/demo-browser';

/**
 * The patterns page says what it counts of relatives' words and of peer visits, on each level, from the rules that count
 * them (PATTERN_SOURCE_RULES, FINDING_TYPE_DIRECTION). Needs apps/web/dist.
 */
describe('the patterns page explains what counts', () => {
  const demo = useDemoBrowser();
  beforeAll(async () => {
    await demoNetwork(demo.kring);
  });

  it('names every finding type with the direction its tags count in, and the consent and sharing each level needs', async () => {
    const page = await demo.logIn('ingrid@hoeve.demo');
    await page.goto(`${demo.kring.url}/patronen`);
    await page.getByText('Wat meetelt').click();
    const visits = page.getByText(/^Beelden van een visitatie tellen mee zodra de gastheer het spiegelrapport/);
    const text = await visits.innerText();
    expect(text).toContain('deelde met de organisatie of het lerend netwerk:');
    expect(text).toContain('Wat ons raakte / sterk punt als zichtbaar sterk');
    expect(text).toContain('Regelknelpunt als onder druk');
    expect(text).toContain('Spiegelvraag als vraag');
    await page.getByText('zolang hun toestemming geldt voor ‘Meedoen’.').waitFor();
    expect(await page.getByText(/^Woorden die bij geen naaste/).count()).toBe(0);
    // How the rules signal is read speaks of the reader's own organisation here, of the others in the network below.
    await page.getByText('Hoe Kring dit meet').click();
    await page.getByText(/naar de woorden van de nieuwe praktijken die jullie afspraken/).waitFor();

    await page.getByLabel('Patronen van').selectOption({ label: 'Het lerend netwerk Kleinschalig Oost als geheel' });
    await page.getByText('Wat meetelt').click();
    await page.getByText(/spiegelrapport deelde met het lerend netwerk: Wat ons raakte/).waitFor();
    await page.getByText('zolang hun toestemming geldt voor ‘Meedoen’ en ‘Delen in het lerend netwerk’.').waitFor();
    await page.getByText('Woorden die bij geen naaste genoteerd zijn, tellen hier niet mee: niemand gaf er toestemming voor.').waitFor();
    await page.getByText('Hoe Kring dit meet').click();
    await page.getByText(/naar de woorden van de nieuwe praktijken die de andere organisaties in het netwerk afspraken/).waitFor();
    expect(await page.getByText(/die jullie afspraken/).count()).toBe(0);
  });

  /** Where the heat map's quarter columns and first value name stand, against the grid's own visible box. */
  async function heatMapLayout(page: Page) {
    await page.goto(`${demo.kring.url}/patronen`);
    const grid = page.locator('.heat-map');
    await grid.locator('.heat-map__cell').first().waitFor();
    await grid.screenshot({ path: `/tmp/patterns-heat-map-${page.viewportSize()?.width}.png` });
    return grid.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const name = element.querySelector('.heat-map__label')!.getBoundingClientRect();
      // The value names stay put on the left (sticky) while the quarters scroll under them: a quarter is in view right
      // of the names, not merely inside the grid's box.
      const shown = (cell: Element) => {
        const r = cell.getBoundingClientRect();
        return r.left >= Math.max(box.left, name.right) - 1 && r.right <= box.right + 1;
      };
      const quarters = Array.from(element.querySelectorAll('.heat-map__quarter'));
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
