import { STARTING_OBSERVATION_LENS } from '@kring/domain';
import { demoNetwork } from '../integration/peer-visits-fixtures';
import { PHONE } from '../support/browser';
import { mainHeading, useDemoBrowser } from '../support/demo-browser';

const PROPOSE = `mutation P($input: ProposeLensChangeInput!) { proposeLensChange(input: $input) { id } }`;

/**
 * The network's observation lens on the coordinator's phone: a member's
 * proposal shows the change itself next to the current lens, the coordinator
 * takes it up without retyping, and every earlier version stays readable.
 * Needs the built web app (apps/web/dist).
 */
describe('lens proposals, side by side, adopted without retyping', () => {
  const demo = useDemoBrowser();
  let net: Awaited<ReturnType<typeof demoNetwork>>;
  beforeAll(async () => {
    net = await demoNetwork(demo.kring);
    const peter = await net.as('peter@kompas.demo');
    await peter.ok(PROPOSE, {
      input: {
        networkId: net.networkId,
        organisationId: net.organisations.kompas,
        motivation: 'Voor jongeren telt de eigen regie zwaarder dan beleid.',
        purpose: STARTING_OBSERVATION_LENS.purpose,
        valueIds: [...STARTING_OBSERVATION_LENS.valueIds],
        mirrorThemeIds: STARTING_OBSERVATION_LENS.mirrorThemeIds.filter((id) => id !== 'policy'),
        lookForQuestions: [...STARTING_OBSERVATION_LENS.questions, 'Wie beslist hier over de dag?'],
      },
    });
  });

  it('shows the proposed change, publishes it as the next version and keeps the starting lens in the history', async () => {
    const page = await demo.logIn('wilma@netwerk.demo', { device: PHONE, landed: (p) => mainHeading(p, /Wilma Timmer$/) });
    await page.goto(`${demo.kring.url}/lerend-netwerk/${net.networkId}`);

    // The change itself, next to the lens as it is now: the theme that goes and the question that comes.
    const proposal = page.getByRole('listitem').filter({ hasText: 'Voor jongeren telt de eigen regie zwaarder dan beleid.' });
    const change = proposal.getByRole('table', { name: 'Wat er verandert' });
    await change.waitFor();
    expect(await change.getByRole('columnheader').allInnerTexts()).toEqual(['Nu: De start-kijkwijzer van Kring', 'Voorgesteld']);
    await change.locator('del', { hasText: 'Beleid' }).waitFor();
    await change.locator('ins', { hasText: 'Wie beslist hier over de dag?' }).waitFor();

    // Taking it up fills the new version with the proposal: nothing to retype.
    await proposal.getByRole('button', { name: 'Overnemen in een nieuwe versie' }).click();
    const form = page.getByRole('form', { name: 'Versie 1 vaststellen' });
    await form.waitFor();
    expect(await form.getByLabel('Kijkvragen').inputValue()).toContain('Wie beslist hier over de dag?');
    expect(await form.getByRole('checkbox', { name: 'Beleid', exact: true }).isChecked()).toBe(false);
    expect(await form.getByRole('checkbox', { name: /Het Kompas/ }).isChecked()).toBe(true);
    expect(await form.getByLabel('Wat is er veranderd, en waarom?').inputValue()).toBe(
      'Op voorstel van Gezinshuis Het Kompas: Voor jongeren telt de eigen regie zwaarder dan beleid.',
    );
    // Without a note the coordinator reads what is missing in Dutch, next to the field.
    const note = await form.getByLabel('Wat is er veranderd, en waarom?').inputValue();
    await form.getByLabel('Wat is er veranderd, en waarom?').fill('');
    await form.getByRole('button', { name: 'Versie vaststellen' }).click();
    await form.getByText(/Toelichting bij de wijziging is verplicht/).waitFor();
    expect(await form.getByText(/ChangeNote/i).count()).toBe(0);
    await form.getByLabel('Wat is er veranderd, en waarom?').fill(note);
    await form.getByRole('button', { name: 'Versie vaststellen' }).click();

    await page.getByRole('heading', { level: 3, name: 'Versie 1' }).waitFor();
    await page.getByText('overgenomen in versie 1').waitFor();
    const stored = await demo.kring.sql<{ version: number; questions: string[]; mirror_theme_ids: string[] }>(
      `SELECT version, questions, mirror_theme_ids FROM network_lens_version`,
    );
    expect(stored).toEqual([
      {
        version: 1,
        questions: [...STARTING_OBSERVATION_LENS.questions, 'Wie beslist hier over de dag?'],
        mirror_theme_ids: expect.not.arrayContaining(['policy']),
      },
    ]);

    // The history keeps the starting lens, with what version 1 changed.
    await page.getByText('Eerdere versies (1)').click();
    await page.getByRole('heading', { level: 3, name: 'De start-kijkwijzer van Kring' }).waitFor();
    await page.getByText('Wat er in versie 1 veranderde ten opzichte van de start-kijkwijzer van Kring').click();
    await page.locator('.lens-change__details ins', { hasText: 'Wie beslist hier over de dag?' }).waitFor();
    // On a 360 px phone the comparison fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
