import { todayInNetherlands } from '@kring/domain';
import { insertVisit, joinNetwork } from '../support/activity-rows';
import { secondOrganisation } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import type { TestKring } from '../support/kring-test-app';
import { Team, teamTest } from '../support/team-test';
import { planIncidentSession } from '../support/session-fixtures';

const NEXT = `query { homeNextSteps { kind organisation { id name } targetId title count } }`;
const ADD_PRACTICE = `mutation A($input: AddPracticeInput!) { addPractice(input: $input) { practices { id } } }`;
const CREATE_STORY = `mutation C($input: CreateStoryInput!) { createStory(input: $input) { id } }`;
const SEND_STORY = `mutation S($input: SendStoryForCheckInput!) { sendStoryForCheck(input: $input) { story { checkStatus } } }`;
const CREATE_LOCATION = `mutation L($input: CreateLocationInput!) { createLocation(input: $input) { id } }`;

type Step = {
  kind: string;
  organisation: { id: string; name: string } | null;
  targetId: string | null;
  title: string | null;
  count: number | null;
};
const next = async (client: GraphqlClient): Promise<Step[]> => (await client.ok(NEXT)).homeNextSteps;
const kinds = async (client: GraphqlClient) => (await next(client)).map((s) => s.kind);

describe('the home page: what is next for this person', () => {
  let kring: TestKring;
  let org: Team;
  const team = teamTest();
  beforeAll(() => ({ kring, org } = team));

  it('asks a manager only for the setup that is missing, and nobody else', async () => {
    // A team and colleagues exist; a location does not.
    expect(await kinds(org.ingrid.client)).toEqual(['add_location']);
    expect(await kinds(org.bram.client)).toEqual([]);
    await org.ingrid.client.ok(CREATE_LOCATION, {
      input: { organisationId: org.organisationId, name: 'Het woonhuis', kind: 'residence', place: 'Lochem' },
    });
    expect(await kinds(org.ingrid.client)).toEqual([]);

    const lindehof = await secondOrganisation(kring);
    expect(await next(lindehof.admin)).toEqual(
      ['add_location', 'add_team', 'invite_member'].map((kind) => ({
        kind,
        organisation: { id: lindehof.organisationId, name: 'De Lindehof' },
        targetId: null,
        title: null,
        count: null,
      })),
    );
  });

  it('points each person to their own session, practices to look back on and story to check, in one organisation only', async () => {
    const session = await planIncidentSession(org);
    const question = 'Wat deden we toen meneer K. ’s nachts naar buiten wilde?';
    expect((await next(org.sanne.client)).filter((s) => s.targetId === session.id)).toEqual([
      {
        kind: 'prepare_session',
        organisation: { id: org.organisationId, name: 'Zorgboerderij De Hoeve' },
        targetId: session.id,
        title: question,
        count: null,
      },
    ]);
    expect((await next(org.bram.client)).map((s) => [s.kind, s.targetId])).toEqual([['attend_session', session.id]]);

    const yesterday = todayInNetherlands(new Date(Date.now() - 24 * 3600_000));
    await org.sanne.client.ok(ADD_PRACTICE, {
      input: { sessionId: session.id, what: 'Samen koken op zondag', who: 'Bram en Fatima', lookBackOn: todayInNetherlands() },
    });
    await org.sanne.client.ok(ADD_PRACTICE, {
      input: { sessionId: session.id, what: 'Een vaste wandeling na het eten', who: 'Fatima', lookBackOn: todayInNetherlands() },
    });
    // A day has passed since: both look-backs were yesterday (a date in the past cannot be typed in).
    await kring.sql(`UPDATE practice SET look_back_on = $2 WHERE session_id = $1`, [session.id, yesterday]);
    const lookBack = (await next(org.bram.client)).find((s) => s.kind === 'look_back_on_practices');
    expect(lookBack).toMatchObject({ count: 2, organisation: { id: org.organisationId } });

    const story = await org.bram.client.ok(CREATE_STORY, {
      input: {
        organisationId: org.organisationId,
        teamId: org.teamId,
        title: 'De eerste nacht',
        body: 'Bleef die nacht bij de nieuwe bewoner.',
        storytellerPersonId: org.sanne.personId,
        acknowledgeWarnings: true,
      },
    });
    expect((await kinds(org.sanne.client)).includes('check_story')).toBe(false);
    await org.bram.client.ok(SEND_STORY, { input: { storyId: story.createStory.id, validDays: 14 } });
    const check = (await next(org.sanne.client)).find((s) => s.kind === 'check_story');
    expect(check).toMatchObject({ targetId: story.createStory.id, title: 'De eerste nacht' });
    // The writer is not the one to check it.
    expect((await kinds(org.bram.client)).includes('check_story')).toBe(false);

    // Another organisation's people see none of it.
    const other = await secondOrganisation(kring, 'Het Kompas', 'peter@kompas.test');
    const theirs = await next(other.admin);
    expect(theirs.every((s) => s.organisation?.id === other.organisationId)).toBe(true);
  });

  it('points whoever goes on a visit to its notebook from a week before until two days after, and nobody else', async () => {
    const host = await secondOrganisation(kring, 'De Linde', 'marloes@linde.test');
    const networkId = await joinNetwork(kring, [org.organisationId, host.organisationId]);
    const day = (inDays: number) => todayInNetherlands(new Date(Date.now() + inDays * 24 * 3600_000));
    const visit = (inDays: number, status: 'preparing' | 'agreed' = 'agreed') =>
      insertVisit(kring, {
        networkId,
        hostId: host.organisationId,
        visitorId: org.organisationId,
        visitDate: day(inDays),
        status,
        visitors: [{ personId: org.bram.personId, role: 'care_worker' }],
      });
    const soon = await visit(2);
    await visit(20);
    await visit(-5);
    await visit(1, 'preparing');
    const notes = (steps: Step[]) => steps.filter((s) => s.kind === 'take_visit_notes');
    expect(notes(await next(org.bram.client))).toEqual([
      {
        kind: 'take_visit_notes',
        organisation: { id: org.organisationId, name: 'Zorgboerderij De Hoeve' },
        targetId: soon,
        title: 'De Linde',
        count: null,
      },
    ]);
    // Not in the visiting team: Sanne, and the host's people, get no notebook to write.
    expect(notes(await next(org.sanne.client))).toEqual([]);
    expect(notes(await next(host.admin))).toEqual([]);
    // Once the report goes to the host, the notebook is done.
    await kring.sql(`UPDATE peer_visit SET report_status = 'with_host' WHERE id = $1`, [soon]);
    expect(notes(await next(org.bram.client))).toEqual([]);
  });

  it('is for logged-in people only', async () => {
    const anonymous = new GraphqlClient(kring.url);
    expect((await anonymous.request(NEXT)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
