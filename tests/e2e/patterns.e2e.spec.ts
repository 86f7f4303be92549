import { demoNetwork } from '../integration/peer-visits-fixtures';
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
});
