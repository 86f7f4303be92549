import { COMPLEMENT_COUNT_WHY, MIN_GROUP_SIZE, yearInNetherlands } from '@kring/domain';
import { extractText } from '../../apps/api/src/engine/documents/pdf-text.testing';
import { joinNetwork, loggedInCoordinator } from '../support/activity-rows';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const OVERVIEW = `query O($id: ID!, $year: Int!) { networkYearOverview(networkId: $id, year: $year) {
  sessionsHeld sessionsHeldHidden sessionsByMethod { label count countHidden } } }`;
const OVERVIEW_MARKDOWN = `query M($id: ID!, $year: Int!) { networkYearOverviewMarkdown(networkId: $id, year: $year) }`;

const year = yearInNetherlands();

/**
 * Complementary suppression with real data (domain guide §8): a network held
 * 24 sessions this year, 12 with the incident method, 9 with images of
 * quality and 3 with the dilemma method. Hiding only the 3 would give it back
 * as 24 − 12 − 9; the overview hides the 9 with it, in GraphQL and in both
 * exports, and no subtraction of what is shown pins the 3 down.
 */
describe('a count under 5 beside its total, in the network year overview', () => {
  let kring: TestKring;
  let networkId: string;
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    kring = await startTestKring();
    const org = await teamWithPeople(kring);
    networkId = await joinNetwork(kring, [org.organisationId]);
    for (const [methodId, held] of [
      ['incident_method', 12],
      ['images_of_quality', 9],
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
      { method_id: 'images_of_quality', count: 9 },
      { method_id: 'incident_method', count: 12 },
    ]);
    expect(24 - 12 - 9).toBe(3);
  });

  it('hides the smallest other method with it in GraphQL, says which is which, and keeps the total', async () => {
    const { networkYearOverview: overview } = await coordinator.ok(OVERVIEW, { id: networkId, year });
    expect(overview).toEqual({
      sessionsHeld: 24,
      sessionsHeldHidden: null,
      sessionsByMethod: [
        { label: 'Beelden van kwaliteit', count: null, countHidden: 'complement' },
        { label: 'Dilemmamethode (moreel beraad)', count: null, countHidden: 'fewer' },
        { label: 'Incidentmethode', count: 12, countHidden: null },
      ],
    });
    // What a reader can work out: the two hidden counts add up to 24 − 12 = 12; the "verborgen" one is 5 or more and at most
    // the 12 still shown. Every value "minder dan 5" allows for the dilemma method still fits: nothing narrows it.
    const hiddenTogether =
      overview.sessionsHeld! - overview.sessionsByMethod.reduce((sum: number, m: { count: number | null }) => sum + (m.count ?? 0), 0);
    expect(hiddenTogether).toBe(12);
    const fits = [1, 2, 3, 4].filter((dilemma) => hiddenTogether - dilemma >= MIN_GROUP_SIZE && hiddenTogether - dilemma <= 12);
    expect(fits).toEqual([1, 2, 3, 4]);
  });

  it('prints the same in the Markdown and the PDF, with why the other count is hidden', async () => {
    const { networkYearOverviewMarkdown: markdown } = await coordinator.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(markdown).toContain('- **Gehouden:** 24');
    expect(markdown).toContain(
      ['- Beelden van kwaliteit — _verborgen_', '- Dilemmamethode (moreel beraad) — _minder dan 5_', '- Incidentmethode — _12_'].join('\n'),
    );
    expect(markdown).toContain(COMPLEMENT_COUNT_WHY.nl);
    expect(markdown).not.toMatch(/Beelden van kwaliteit — _9_|— _3_/);

    const pdf = await fetch(`${kring.url}/exports/network-overview/${networkId}/${year}.pdf`, {
      headers: { cookie: coordinator.sessionCookie },
    });
    expect(pdf.status).toBe(200);
    const printed = extractText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(printed).toContain('Gehouden: 24');
    expect(printed).toContain(COMPLEMENT_COUNT_WHY.nl);
    expect(printed).toContain('• Beelden van kwaliteit verborgen • Dilemmamethode (moreel beraad) minder dan 5 • Incidentmethode 12');
    expect(printed).not.toMatch(/Beelden van kwaliteit 9/);
  });
});
