import { ownOrganisationsLeftOut, todayInNetherlands, yearInNetherlands } from '@kring/domain';
import { hashPassword } from '../../apps/api/src/modules/accounts/password-hasher';
import {
  insertConversation,
  insertRelative,
  insertVisit,
  insertVisitNote,
  joinNetwork,
  loggedInCoordinator,
  organisationsThatShowedSomething,
} from '../support/activity-rows';
import { PASSWORD, secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const OVERVIEW = `query O($id: ID!, $year: Int!) { networkYearOverview(networkId: $id, year: $year) {
  networkName year minimumGroupSize organisations ownOrganisationsLeftOut sessionsHeld sessionsHeldHidden
  sessionsByMethod { label count countHidden } participantsByRole { label count countHidden } mirrorConversationsHeld
  relativesVoiceThemes { label count countHidden } networkQuotes visitsHeld practicesByStatus { label count countHidden }
  visitHarvest { title periods rows { label counts } } } }`;
const OVERVIEW_MARKDOWN = `query M($id: ID!, $year: Int!) { networkYearOverviewMarkdown(networkId: $id, year: $year) }`;
const HARVEST = `query H($id: ID!) { networkHarvest(networkId: $id) { sharedVisits minimumGroupSize ownOrganisationsLeftOut
  tables { dimension periods rows { itemId counts } } ruleObstacles { period text } checkins { topic texts } } }`;

const year = yearInNetherlands();
const today = todayInNetherlands();

/** The fields of each answer that are not counted from the organisations' activity (the rest must move with it). */
const NOT_COUNTED = {
  overview: ['networkName', 'year', 'minimumGroupSize', 'organisations', 'ownOrganisationsLeftOut', 'sessionsHeldHidden'],
  harvest: ['minimumGroupSize', 'ownOrganisationsLeftOut'],
};

/**
 * A coordinator who also works in a member organisation knows its figures: a
 * network count that included them would give the others' small counts away
 * by subtraction. So every network aggregate is taken over the other
 * organisations (libs/domain own-share.ts). The test adds a year of activity
 * to the coordinator's own organisation, enough to move every counted field
 * of the overview and the harvest for a coordinator of none, and checks that
 * nothing moves for the one who belongs to it; a new field whose query
 * forgets the rule fails here once the activity below moves it.
 */
describe('network aggregates leave out the reader’s own organisation', () => {
  let kring: TestKring;
  let own: Awaited<ReturnType<typeof teamWithPeople>>;
  let other: Awaited<ReturnType<typeof secondOrganisation>>;
  let networkId: string;
  let joke: GraphqlClient;
  let wim: GraphqlClient;

  const read = async (client: GraphqlClient) => ({
    overview: (await client.ok(OVERVIEW, { id: networkId, year })).networkYearOverview as Record<string, unknown>,
    harvest: (await client.ok(HARVEST, { id: networkId })).networkHarvest as Record<string, unknown>,
  });

  /** A visit of the own organisation with the other, shared with the network, with a beeld and a check-in note. */
  async function sharedVisit(hostId: string, visitorId: string, n: number) {
    const visitId = await insertVisit(kring, {
      networkId,
      hostId,
      visitorId,
      visitDate: today,
      reportStatus: 'closed',
      visibility: 'network',
      summary: `Rapport ${n}`,
    });
    await insertVisitNote(kring, {
      visitId,
      networkId,
      hostId,
      authorId: other.personId,
      body: 'De regels voor de nachtdienst knellen.',
      findingType: 'rule_obstacle',
      valueIds: ['feeling_at_home'],
    });
    await kring.sql(
      `INSERT INTO entrepreneur_checkin_note (visit_id, network_id, organisation_id, author_id, topic, body, shared_with_network)
       VALUES ($1, $2, $3, $4, 'continuity', 'Wie neemt het over als ik stop?', true)`,
      [visitId, networkId, hostId, own.ingrid.personId],
    );
  }

  /** A year of activity in the coordinator's own organisation: five or more of everything the overview and harvest count. */
  async function busyYearAtHome() {
    const careWorkers = [own.bram.personId, own.fatima.personId];
    for (const name of ['Ahmed', 'Bert', 'Carla']) {
      const [person] = await kring.sql<{ id: string }>(
        `INSERT INTO person (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [`${name.toLowerCase()}@hoeve.test`, name, await hashPassword(PASSWORD, 'light')],
      );
      await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'care_worker')`, [
        person.id,
        own.organisationId,
      ]);
      careWorkers.push(person.id);
    }
    for (let month = 1; month <= 5; month++) {
      const session = await planIncidentSession(own);
      await kring.sql(`UPDATE reflection_session SET status = 'closed', started_at = $2, ended_at = $2 WHERE id = $1`, [
        session.id,
        new Date(Date.UTC(year, month - 1, 15, 10)),
      ]);
      for (const personId of careWorkers.slice(2)) {
        await kring.sql(
          `INSERT INTO session_participant (session_id, person_id, organisation_id, role) VALUES ($1, $2, $3, 'participant') ON CONFLICT DO NOTHING`,
          [session.id, personId, own.organisationId],
        );
      }
      await own.sanne.client.ok(
        `mutation P($id: ID!) { addPractice(input: { sessionId: $id, what: "Samen koken op zondag", who: "Bram" }) { practices { id } } }`,
        { id: session.id },
      );
      const conversationId = await insertConversation(kring, {
        organisationId: own.organisationId,
        teamId: own.teamId,
        moderatorId: own.sanne.personId,
        scheduledAt: new Date(Date.UTC(year, month - 1, 20, 10)),
        status: 'approved',
        themes: [{ themeId: 'being_at_home', summary: 'Thuis.' }],
      });
      await insertRelative(kring, {
        organisationId: own.organisationId,
        conversationId,
        name: `Naaste ${month}`,
        pseudonym: `Naaste ${month}`,
        scopes: ['take_part', 'quote_anonymously', 'share_in_network'],
        statements: [{ body: `Hier mag mijn vader zichzelf zijn (${month}).`, inHarvest: true }],
      });
      await sharedVisit(own.organisationId, other.organisationId, month);
    }
  }

  beforeAll(async () => {
    kring = await startTestKring();
    own = await teamWithPeople(kring);
    other = await secondOrganisation(kring);
    networkId = await joinNetwork(kring, [own.organisationId, other.organisationId]);
    // Five more organisations with a new practice this year: enough, for either coordinator, for the overview to show its
    // figures (the network rule, tooFewOrganisations), so that what is compared below are counts.
    await organisationsThatShowedSomething(kring, networkId, 5);
    joke = await loggedInCoordinator(kring, networkId);
    wim = await loggedInCoordinator(kring, networkId, { email: 'wim@hoeve.test', name: 'Wim', memberOf: [own.organisationId] });
  });
  afterAll(() => kring.close());

  it('counts only the others for a coordinator who belongs to a member organisation, and says so in the rule’s words', async () => {
    const before = { joke: await read(joke), wim: await read(wim) };
    await busyYearAtHome();
    const after = { joke: await read(joke), wim: await read(wim) };

    // The activity counts for a coordinator of no member organisation: every counted field moved. A count may stay
    // hidden and move in why only: the sessions held, 5 beside five incident sessions and a row "minder dan 5" for
    // every other method, would tell those rows are 0, so "minder dan 5" before is "verborgen" after.
    const withWhy = (answer: Record<string, unknown>, key: string) => ({ [key]: answer[key], why: answer[`${key}Hidden`] });
    for (const part of ['overview', 'harvest'] as const) {
      const moved = Object.keys(after.joke[part]).filter((key) => !NOT_COUNTED[part].includes(key));
      expect(moved.length).toBeGreaterThan(0);
      for (const key of moved) expect(withWhy(after.joke[part], key)).not.toEqual(withWhy(before.joke[part], key));
    }
    expect(withWhy(after.joke.overview, 'sessionsHeld')).toEqual({ sessionsHeld: null, why: 'complement' });
    // De Hoeve now counts too: it showed something this year.
    expect(before.joke.overview).toMatchObject({ organisations: 5 });
    expect(after.joke.overview).toMatchObject({ organisations: 6, ownOrganisationsLeftOut: [], visitsHeld: 5 });
    expect(after.joke.harvest).toMatchObject({ sharedVisits: 5, ownOrganisationsLeftOut: [] });

    // For Wim, who works at De Hoeve, nothing moved: no number includes what he knows from his own organisation.
    expect(after.wim).toEqual(before.wim);
    expect(after.wim.overview).toMatchObject({
      organisations: 5,
      ownOrganisationsLeftOut: ['Zorgboerderij De Hoeve'],
      sessionsHeld: null,
      visitsHeld: null,
      networkQuotes: null,
    });
    expect(after.wim.harvest).toMatchObject({ sharedVisits: null, tables: [], ruleObstacles: null });
  });

  it('prints the same sentence in the export as the screen shows', async () => {
    const { networkYearOverviewMarkdown: markdown } = await wim.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(markdown).toContain(ownOrganisationsLeftOut(['Zorgboerderij De Hoeve'])!.nl);
    const { networkYearOverviewMarkdown: plain } = await joke.ok(OVERVIEW_MARKDOWN, { id: networkId, year });
    expect(plain).not.toContain('waar je zelf bij hoort');
  });
});
