import { LOGIN } from '../support/fixtures';
import { GraphqlClient } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';

const LOAD = `mutation { loadDemo { accounts { email displayName roles organisationName password } } }`;

/** What a refused load must leave untouched. */
const COUNTS = `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM learning_network)::int AS networks`;

describe('the demo network: quick and safe', () => {
  let kring: TestKring;
  beforeAll(async () => {
    kring = await startTestKring();
  });
  afterAll(() => kring.close());

  it('refuses a Kring that holds an organisation, even without any account, and changes nothing', async () => {
    await kring.sql(`INSERT INTO organisation (name, kind) VALUES ('Echte zorgboerderij', 'care_farm')`);
    const before = await kring.sql(COUNTS);
    const refused = await new GraphqlClient(kring.url).request(LOAD);
    expect(refused.errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
    expect(refused.errors?.[0].message).toMatch(/al gegevens \(1 organisaties, 0 accounts\).*Er is niets veranderd/);
    expect(await kring.sql(COUNTS)).toEqual(before);
    await kring.sql(`DELETE FROM organisation`);
  });

  it('loads into an empty Kring in seconds and lists each person once, with all their roles', async () => {
    const started = Date.now();
    const { loadDemo } = await new GraphqlClient(kring.url).ok(LOAD);
    expect(Date.now() - started).toBeLessThan(20_000);
    const emails = loadDemo.accounts.map((a: { email: string }) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.sort()).toEqual(DEMO_PEOPLE.map((p) => p.email).sort());
    expect(loadDemo.accounts.find((a: { email: string }) => a.email === 'lotte@kompas.demo')).toEqual({
      email: 'lotte@kompas.demo',
      displayName: 'Lotte Kramer',
      roles: ['care_worker', 'moderator'],
      organisationName: 'Gezinshuis Het Kompas',
      password: 'welkom-lotte',
    });
    expect(loadDemo.accounts.find((a: { email: string }) => a.email === 'wilma@netwerk.demo')).toMatchObject({ roles: ['network_coordinator'], organisationName: 'Lerend netwerk Kleinschalig Oost' });
    // The printed password opens the account (hashed cheaply, as it is public anyway); a wrong one does not.
    expect((await new GraphqlClient(kring.url).ok(LOGIN, { email: 'sanne@hoeve.demo', password: 'welkom-sanne' })).login.person.displayName).toBe('Sanne de Vries');
    expect((await new GraphqlClient(kring.url).request(LOGIN, { email: 'sanne@hoeve.demo', password: 'welkom-bram' })).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('holds a lived-in year: every list of every role has content, and each home page points to a real next step', async () => {
    const as = async (email: string) => {
      const client = new GraphqlClient(kring.url);
      await client.ok(LOGIN, { email, password: `welkom-${email.split('@')[0]}` });
      const { me } = await client.ok(`{ me { memberships { organisation { id } } } }`);
      const organisationId: string = me.memberships.find((m: { organisation: { id: string } | null }) => m.organisation)?.organisation.id;
      const lists = async () => {
        const data = await client.ok(
          `query L($o: ID!) { cases(organisationId: $o) { id } pastSessions(organisationId: $o) { id } upcomingSessions(organisationId: $o) { id status }
            practices(organisationId: $o) { id status } stories(organisationId: $o) { id checkStatus } }`,
          { o: organisationId },
        );
        return data;
      };
      const next = (await client.ok(`{ homeNextSteps { kind title } }`)).homeNextSteps as { kind: string; title: string }[];
      return { lists, next };
    };
    // Past sessions list the sessions one took part in, and a story awaiting its storyteller reaches no manager: entrepreneurs are checked on the rest.
    const lists = { care: ['cases', 'pastSessions', 'practices', 'stories'], manager: ['cases', 'practices'] } as const;
    const people = [
      ...['sanne@hoeve.demo', 'bram@hoeve.demo', 'ahmed@lindehof.demo', 'els@lindehof.demo', 'lotte@kompas.demo', 'youssef@kompas.demo'].map((email) => [email, lists.care] as const),
      ...['ingrid@hoeve.demo', 'marloes@lindehof.demo', 'peter@kompas.demo'].map((email) => [email, lists.manager] as const),
    ];
    for (const [email, names] of people) {
      const lists = await (await as(email)).lists();
      for (const list of names) {
        expect({ email, list, empty: lists[list].length === 0 }).toEqual({ email, list, empty: false });
      }
    }
    // Practices in every state, and the member check both done and waiting.
    const statuses = new Set<string>();
    for (const email of ['sanne@hoeve.demo', 'ahmed@lindehof.demo', 'lotte@kompas.demo']) for (const p of (await (await as(email)).lists()).practices) statuses.add(p.status);
    expect([...statuses].sort()).toEqual(['adopted', 'continued', 'open', 'stopped']);

    // Sanne's first step is next week's session; Els can join the live one; Ahmed has a story to check.
    expect((await as('sanne@hoeve.demo')).next[0]).toEqual({ kind: 'prepare_session', title: 'Hoe houden we de kalveren van hem, nu de kudde groter wordt?' });
    expect((await as('els@lindehof.demo')).next[0].kind).toBe('join_session');
    expect((await as('ahmed@lindehof.demo')).next.map((s) => s.kind)).toContain('check_story');
    const sanneStories = (await (await as('sanne@hoeve.demo')).lists()).stories;
    expect(sanneStories.map((st: { checkStatus: string }) => st.checkStatus)).toEqual(['approved']);
  });

  it('refuses a second load, and the demo stays as it was', async () => {
    const before = await kring.sql(COUNTS);
    const refused = await new GraphqlClient(kring.url).request(LOAD);
    expect(refused.errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
    expect(await kring.sql(COUNTS)).toEqual(before);
  });
});
