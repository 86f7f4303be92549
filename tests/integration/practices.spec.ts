import { PracticesService } from '../../apps/api/src/modules/practices/practices.service';
import { formatDutchDay, todayInNetherlands } from '@kring/domain';
import { secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { otherTeamColleague, planIncidentSession, teamWithPeople } from '../support/session-fixtures';

const PRACTICE = `id what who lookBackOn status source sourceTitle lookBackDue team { id name } reviews { body status authorName sessionId }`;
const PRACTICES = `query P($organisationId: ID!, $teamId: ID) { practices(organisationId: $organisationId, teamId: $teamId) { ${PRACTICE} } }`;
const LOOK_BACK = `mutation L($input: LookBackOnPracticeInput!) { lookBackOnPractice(input: $input) { ${PRACTICE} } }`;
const ADD_PRACTICE = `mutation A($input: AddPracticeInput!) { addPractice(input: $input) { practices { id what } } }`;

/** A calendar day `days` from today in the Netherlands, as YYYY-MM-DD. */
function day(days: number): string {
  return todayInNetherlands(new Date(Date.now() + days * 24 * 3600_000));
}

describe('new practices over time', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let sessionId: string;
  let practiceId: string;

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    sessionId = (await planIncidentSession(org)).id;
    const added = await org.sanne.client.ok(ADD_PRACTICE, {
      input: { sessionId, what: 'Samen koken op zondag', who: 'Bram en Fatima', lookBackOn: todayInNetherlands() },
    });
    practiceId = added.addPractice.practices[0].id;
    // A day has passed since: the look-back was yesterday (a date in the past cannot be typed in, as the tests below show).
    await kring.sql(`UPDATE practice SET look_back_on = $2 WHERE id = $1`, [practiceId, day(-1)]);
  });
  afterAll(() => kring.close());

  it('lists a practice of a session for the team, with where it came from and its look-back due', async () => {
    const { practices } = await org.bram.client.ok(PRACTICES, { organisationId: org.organisationId });
    expect(practices).toEqual([
      {
        id: practiceId,
        what: 'Samen koken op zondag',
        who: 'Bram en Fatima',
        lookBackOn: day(-1),
        status: 'open',
        source: 'session',
        sourceTitle: 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?',
        lookBackDue: true,
        team: { id: org.teamId, name: 'Team wonen' },
        reviews: [],
      },
    ]);
    const due = await kring.app.get(PracticesService).dueLookBacks(todayInNetherlands());
    expect(due).toEqual([
      {
        practiceId,
        organisationId: org.organisationId,
        teamId: org.teamId,
        teamName: 'Team wonen',
        what: 'Samen koken op zondag',
        who: 'Bram en Fatima',
        lookBackOn: day(-1),
      },
    ]);
    // Not due yet on the day before the agreed day.
    expect(await kring.app.get(PracticesService).dueLookBacks(day(-2))).toEqual([]);
  });

  it('refuses a look-back date in the past and an empty look-back, writing nothing', async () => {
    const past = await org.bram.client.request(LOOK_BACK, { input: { practiceId, body: 'Ging goed', nextLookBackOn: day(-3) } });
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { nextLookBackOn: `Nieuwe datum om terug te kijken mag niet vóór ${formatDutchDay(todayInNetherlands(), 'nl')} liggen` },
    });
    // The same rule where a practice is agreed in a session's harvest (checkLookBackToCome).
    const pastInHarvest = await org.sanne.client.request(ADD_PRACTICE, {
      input: { sessionId, what: 'Samen afwassen', who: 'Iedereen', lookBackOn: day(-3) },
    });
    expect(pastInHarvest.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { lookBackOn: `Datum om terug te kijken mag niet vóór ${formatDutchDay(todayInNetherlands(), 'nl')} liggen` },
    });
    const empty = await org.bram.client.request(LOOK_BACK, { input: { practiceId, body: '   ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { body: 'Tekst is verplicht' } });
    expect(await kring.sql(`SELECT id FROM practice_review`)).toEqual([]);
    expect(await kring.sql(`SELECT what FROM practice`)).toEqual([{ what: 'Samen koken op zondag' }]);
  });

  it('lets the team look back outside a session: the reminder ends and a new date is agreed', async () => {
    const { lookBackOnPractice } = await org.bram.client.ok(LOOK_BACK, {
      input: { practiceId, body: 'De bewoners schuiven graag aan; we gaan door.', status: 'continued', nextLookBackOn: day(60) },
    });
    expect(lookBackOnPractice).toMatchObject({
      status: 'continued',
      lookBackOn: day(60),
      lookBackDue: false,
      reviews: [{ body: 'De bewoners schuiven graag aan; we gaan door.', status: 'continued', authorName: 'Bram', sessionId: null }],
    });
    expect(await kring.app.get(PracticesService).dueLookBacks(todayInNetherlands())).toEqual([]);
    // Two months on, it is due again.
    expect((await kring.app.get(PracticesService).dueLookBacks(day(60))).map((d) => d.practiceId)).toEqual([practiceId]);
  });

  it("comes back on the agenda of the team's next session, with the look-back written in the list", async () => {
    const next = await planIncidentSession(org, { question: 'Hoe gaat het met de zondagen?' });
    const { session } = await org.sanne.client.ok(
      `query S($id: ID!) { session(sessionId: $id) { openPractices { id status reviews { body } } } }`,
      { id: next.id },
    );
    expect(session.openPractices).toEqual([
      { id: practiceId, status: 'continued', reviews: [{ body: 'De bewoners schuiven graag aan; we gaan door.' }] },
    ]);
  });

  it('shows practices from a mirror conversation and a peer visit in the same list, named by where they came from', async () => {
    const listener = await planIncidentSession(org, { question: 'Wat hoorden we van de naasten?' });
    await org.sanne.client.ok(ADD_PRACTICE, { input: { sessionId: listener.id, what: 'Naasten welkom heten bij de koffie' } });
    await kring.sql(
      `INSERT INTO mirror_conversation (organisation_id, team_id, theme, scheduled_at, duration_minutes, moderator_id, status, listener_session_id)
       VALUES ($1, $2, 'Voelt uw naaste zich hier thuis?', now(), 90, $3, 'approved', $4)`,
      [org.organisationId, org.teamId, org.sanne.personId, listener.id],
    );
    const [network] = await kring.sql<{ id: string }>(`INSERT INTO learning_network (name) VALUES ('Netwerk Oost') RETURNING id`);
    const other = await secondOrganisation(kring);
    await kring.sql(`UPDATE organisation SET network_id = $1 WHERE id IN ($2, $3)`, [network.id, org.organisationId, other.organisationId]);
    const [visit] = await kring.sql<{ id: string }>(
      `INSERT INTO peer_visit (network_id, organisation_id, visiting_organisation_id, focus_question, lens_version, lens) VALUES ($1, $2, $3, 'Hoe ruimen we de regels op?', 1, '{}') RETURNING id`,
      [network.id, org.organisationId, other.organisationId],
    );
    const [practice] = await kring.sql<{ id: string }>(
      `INSERT INTO practice (organisation_id, team_id, what) VALUES ($1, $2, 'Het bezoekschema loslaten') RETURNING id`,
      [org.organisationId, org.teamId],
    );
    await kring.sql(`INSERT INTO peer_visit_practice (practice_id, visit_id, network_id, organisation_id) VALUES ($1, $2, $3, $4)`, [
      practice.id,
      visit.id,
      network.id,
      org.organisationId,
    ]);

    const { practices } = await org.fatima.client.ok(PRACTICES, { organisationId: org.organisationId, teamId: org.teamId });
    const sources = Object.fromEntries(practices.map((p) => [p.what, [p.source, p.sourceTitle]]));
    expect(sources).toEqual({
      'Samen koken op zondag': ['session', 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?'],
      'Naasten welkom heten bij de koffie': ['mirror_conversation', 'Voelt uw naaste zich hier thuis?'],
      'Het bezoekschema loslaten': ['peer_visit', 'Hoe ruimen we de regels op?'],
    });
  });

  it("keeps another team's practices from a care worker, and shows them to the organisation's overview roles", async () => {
    const joost = (await otherTeamColleague(kring, org)).client;

    expect((await joost.ok(PRACTICES, { organisationId: org.organisationId })).practices).toEqual([]);
    const refused = await joost.request(LOOK_BACK, { input: { practiceId, body: 'Mag ik meekijken?' } });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ingrid = (await org.ingrid.client.ok(PRACTICES, { organisationId: org.organisationId })).practices;
    expect(ingrid.map((p: { id: string }) => p.id)).toContain(practiceId);
  });
});
