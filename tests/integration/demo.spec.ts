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
    expect(Date.now() - started).toBeLessThan(15_000);
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

  it('refuses a second load, and the demo stays as it was', async () => {
    const before = await kring.sql(COUNTS);
    const refused = await new GraphqlClient(kring.url).request(LOAD);
    expect(refused.errors?.[0].extensions?.code).toBe('DEMO_NOT_EMPTY');
    expect(await kring.sql(COUNTS)).toEqual(before);
  });
});
