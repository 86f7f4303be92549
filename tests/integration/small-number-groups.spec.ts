import { COMPLEMENT_COUNT_WHY, MIN_GROUP_SIZE, yearInNetherlands } from '@kring/domain';
import { extractText } from '../../apps/api/src/engine/documents/pdf-text.testing';
import { joinNetwork, loggedInCoordinator, organisationsThatShowedSomething } from '../support/activity-rows';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const OVERVIEW = `query O($id: ID!, $year: Int!) { networkYearOverview(networkId: $id, year: $year) {
  sessionsHeld sessionsHeldHidden sessionsByMethod { label count countHidden } } }`;
const OVERVIEW_MARKDOWN = `query M($id: ID!, $year: Int!) { networkYearOverviewMarkdown(networkId: $id, year: $year) }`;

const year = yearInNetherlands();

/**
 * Complementary suppression with real data (domain guide §8): a network held
 * 28 sessions this year, 14 with the incident method, 11 with images of
 * quality and 3 with the dilemma method. Hiding only the 3 would give it back
 * as 28 − 14 − 11; the overview hides the 11 with it, in GraphQL and in both
 * exports, and no subtraction of what is shown pins the 3 down. Every other
 * shipped method and the own methods have a row too, each "minder dan 5"
 * (zero), which the rule counts as at least 1 each, so the hidden 11 must be
 * large enough to leave room for them (with 12, 9 and 3 the total is hidden).
 * Four more organisations showed something this year (the network rule: five).
 */
describe('a count under 5 beside its total, in the network year overview', () => {
  let kring: TestKring;
  let networkId: string;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    kring = await startTestKring();
    const org = await teamWithPeople(kring);
    networkId = await joinNetwork(kring, [org.organisationId]);
    await organisationsThatShowedSomething(kring, networkId, 4, new Date(Date.UTC(year, 0, 10, 10)));
    for (const [methodId, held] of [
      ['incident_method', 14],
      ['images_of_quality', 11],
      ['dilemma_method', 3],
    ] as const) {
      for (let i = 0; i < held; i++) {
        const session = await planIncidentSession(org, { methodId });
        await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = $2, ended_at = $2 WHERE id = $1`, [
          session.id,
          new Date(Date.UTC(year, 0, 10 + i, 10)),
        ]);
      }
    }
    coordinator = await loggedInCoordinator(kring, networkId);
  });
  afterAll(() => kring.close());

  it('before: the per-cell rule alone would give the 3 away as the total minus the other two', async () => {
    const held = await kring.sql<{ method_id: string; count: number }>(
      `SELECT method_id, count(*)::int AS count FROM reflection_session WHERE status = 'closed' GROUP BY method_id ORDER BY method_id`,
    );
    expect(held).toEqual([
      { method_id: 'dilemma_method', count: 3 },
      { method_id: 'images_of_quality', count: 11 },
      { method_id: 'incident_method', count: 14 },
    ]);
    expect(28 - 14 - 11).toBe(3);
  });

  it('hides the smallest other method with it in GraphQL, says which is which, and keeps the total', async () => {
    const { networkYearOverview: overview } = await coordinator.ok(OVERVIEW, { id: networkId, year });
    const fewer = (label: string) => ({ label, count: null, countHidden: 'fewer' });
    expect(overview).toEqual({
      sessionsHeld: 28,
      sessionsHeldHidden: null,
      sessionsByMethod: [
        fewer('Casusreflectie met de presentie-lens'),
        fewer('Waardenreflectie: "Zou je dat thuis ook doen?"'),
        { label: 'Incidentmethode', count: 14, countHidden: null },
        fewer('Dilemmamethode (moreel beraad)'),
        fewer('Kwaliteit van zorg 2.0'),
        { label: 'Beelden van kwaliteit', count: null, countHidden: 'complement' },
        fewer('Luisteraarsreflectie na een spiegelgesprek'),
        fewer('Eigen werkvormen van de organisaties, samen'),
      ],
    });
    // What a reader can work out: the hidden counts add up to 28 − 14 = 14; the "verborgen" one is 5 or more and at most
    // the 14 still shown, each "minder dan 5" is 0 to 4. Every value "minder dan 5" allows for the dilemma method still
    // fits, whatever the other small rows hold: nothing narrows it.
    const hiddenTogether =
      overview.sessionsHeld! - overview.sessionsByMethod.reduce((sum: number, m: { count: number | null }) => sum + (m.count ?? 0), 0);
    expect(hiddenTogether).toBe(14);
    const fits = [0, 1, 2, 3, 4].filter((dilemma) => hiddenTogether - dilemma >= MIN_GROUP_SIZE && hiddenTogether - dilemma <= 14);
    expect(fits).toEqual([0, 1, 2, 3, 4]);
  });

  it('prints the same in the Markdown and the PDF, with why the other count is hidden', async () => {
    const { networkYearOverviewMarkdown: markdown } = await coordinator.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(markdown).toContain('- **Gehouden:** 28');
    expect(markdown).toContain(
      [
        '- Incidentmethode — _14_',
        '- Dilemmamethode (moreel beraad) — _minder dan 5_',
        '- Kwaliteit van zorg 2.0 — _minder dan 5_',
        '- Beelden van kwaliteit — _verborgen_',
      ].join('\n'),
    );
    expect(markdown).toContain(COMPLEMENT_COUNT_WHY.nl);
    expect(markdown).not.toMatch(/Beelden van kwaliteit — _11_|— _3_/);

    const pdf = await fetch(`${kring.url}/exports/network-overview/${networkId}/${year}.pdf`, {
      headers: { cookie: coordinator.sessionCookie },
    });
    expect(pdf.status).toBe(200);
    const printed = extractText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(printed).toContain('Gehouden: 28');
    expect(printed).toContain(COMPLEMENT_COUNT_WHY.nl);
    expect(printed).toContain(
      '• Incidentmethode 14 • Dilemmamethode (moreel beraad) minder dan 5 • Kwaliteit van zorg 2.0 minder dan 5 • Beelden van kwaliteit verborgen',
    );
    expect(printed).not.toMatch(/Beelden van kwaliteit 11/);
  });
});
