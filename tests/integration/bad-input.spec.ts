import { GraphqlClient, type GraphqlResult } from '../support/graphql-client';
import { CREATE_TEAM, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

describe('bad input gets a clear message, no 500 and nothing half-written', () => {
  let kring: TestKring;
  let admin: GraphqlClient;
  let organisationId: string;
  let personId: string;
  beforeAll(async () => {
    kring = await startTestKring();
    ({ admin, organisationId, personId } = await setupFirstOrganisation(kring));
  });
  afterAll(() => kring.close());

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${kring.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as Omit<GraphqlResult, 'status'> };
  }

  it('refuses a 10 MB name in Dutch and English, storing nothing', async () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const nl = await post(JSON.stringify({ query: CREATE_TEAM, variables: { organisationId, name: huge } }));
    expect(nl.status).toBe(413);
    expect(nl.body.errors![0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(nl.body.errors![0].message).toMatch(/te veel tekst/);
    const en = await post(JSON.stringify({ query: CREATE_TEAM, variables: { organisationId, name: huge } }), {
      'accept-language': 'en-GB',
    });
    expect(en.body.errors![0].message).toMatch(/too much text/);
    expect(await kring.sql(`SELECT id FROM team`)).toHaveLength(0);
  });

  it('refuses a name over the field limit with the field named', async () => {
    const result = await admin.request(CREATE_TEAM, { organisationId, name: 'x'.repeat(201) });
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions?.fields).toEqual({ name: 'Naam mag hoogstens 200 tekens lang zijn' });
    const empty = await admin.request(CREATE_TEAM, { organisationId, name: '   ' });
    expect(empty.errors?.[0].extensions?.fields).toEqual({ name: 'Naam is verplicht' });
    expect(await kring.sql(`SELECT id FROM team`)).toHaveLength(0);
  });

  it('answers malformed GraphQL and non-JSON bodies with 400 and a readable message', async () => {
    const syntax = await post(JSON.stringify({ query: '{ me { ' }));
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0]).toMatchObject({
      message: 'Het verzoek kon niet gelezen worden.',
      extensions: { code: 'MALFORMED_REQUEST' },
    });
    const notJson = await post('{"query": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors![0].extensions!.code).toBe('MALFORMED_REQUEST');
    const unknownField = await post(JSON.stringify({ query: '# invalid on purpose\n{ me { password } }' }));
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body)).not.toMatch(/stack|at .*\.ts/);
  });

  it('refuses too-deep and too-large queries before running them', async () => {
    const strict = await startTestKring({ env: { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '50' } });
    try {
      const client = new GraphqlClient(strict.url);
      expect((await client.request(`{ me { memberships { id } } }`)).errors).toBeUndefined();
      const deep = await client.request(`{ me { memberships { team { id } } } }`);
      expect(deep.status).toBe(400);
      expect(deep.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/te diep genest \(maximaal 3\)/),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      });
      const wide = await client.request(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: setupStatus { needsSetup }`).join(' ')} }`);
      expect(wide.errors?.[0]).toMatchObject({ message: expect.stringMatching(/maximaal 50/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    } finally {
      await strict.close();
    }
  });

  it('answers a session cookie that holds JSON instead of a token as nobody logged in, not as an error', async () => {
    // cookie-parser turns a value starting with "j:" into the JSON it holds; a hash of that object would throw.
    const me = JSON.stringify({ query: '{ me { person { displayName } } }' });
    const logout = JSON.stringify({ query: 'mutation { logout }' });
    for (const value of ['j:{"a":1}', 'j:[1,2]', 'j:42']) {
      const cookie = { cookie: `kring_session=${encodeURIComponent(value)}` };
      const answers = { me: await post(me, cookie), logout: await post(logout, cookie) };
      expect({ value, me: answers.me.body, logout: answers.logout.body }).toEqual({
        value,
        me: { data: { me: null } },
        logout: { data: { logout: true } },
      });
      expect([answers.me.status, answers.logout.status]).toEqual([200, 200]);
    }
  });

  it('gives a malformed id the same NOT_FOUND as a foreign one', async () => {
    const result = await admin.request(`{ organisation(id: "not-a-uuid") { id } }`);
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('never sends a stack trace', async () => {
    const result = await admin.request(`mutation { removeMembership(membershipId: "00000000-0000-0000-0000-000000000000") }`);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("answers a variable of the wrong type with BAD_USER_INPUT in the user's language, naming the field, never echoing the value", async () => {
    const login = `mutation L($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { person { id } } }`;
    const nl = await post(JSON.stringify({ query: login, variables: { email: 'ingrid@hoeve.test', password: 424242 } }));
    expect(nl.status).toBe(400);
    expect(nl.body.errors![0]).toMatchObject({
      message: 'Controleer de invoer: Wachtwoord is ongeldig',
      extensions: { code: 'BAD_USER_INPUT', fields: { password: 'Wachtwoord is ongeldig' } },
    });
    expect(JSON.stringify(nl.body)).not.toContain('424242');
    const en = await post(JSON.stringify({ query: CREATE_TEAM, variables: { organisationId, name: { naam: 'x' } } }), {
      'accept-language': 'en',
    });
    expect(en.status).toBe(400);
    expect(en.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Please check the input: /),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await post(JSON.stringify({ query: CREATE_TEAM, variables: { organisationId } }));
    expect(missing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: 'Naam is verplicht' } });
  });

  it('refuses NUL bytes and half characters at the edge, in variables and in the operation itself', async () => {
    for (const name of ['Team\u0000wonen', 'Team \ud800wonen', 'Team wonen\udc00']) {
      const result = await post(JSON.stringify({ query: CREATE_TEAM, variables: { organisationId, name } }));
      expect(result.status).toBe(400);
      expect(result.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: expect.stringMatching(/^Naam bevat tekens die niet in een tekst horen/) },
      });
    }
    const literal = await post(
      JSON.stringify({ query: `mutation { createTeam(input: { organisationId: "${organisationId}", name: "a\\u0000b" }) { id } }` }),
    );
    expect(literal.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // Emoji are pairs of surrogates, and welcome.
    expect((await admin.ok(CREATE_TEAM, { organisationId, name: 'Team 🌻 Zoë' })).createTeam.name).toBe('Team 🌻 Zoë');
    expect(await kring.sql(`SELECT name FROM team WHERE name LIKE 'Team%'`)).toEqual([{ name: 'Team 🌻 Zoë' }]);
  });

  it('refuses a moment that does not exist instead of moving it to another day', async () => {
    const team = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Team avond' })).createTeam;
    const plan = `mutation S($input: PlanSessionInput!) { planSession(input: $input) { id } }`;
    const input = {
      organisationId,
      teamId: team.id,
      question: 'Hoe vieren we verjaardagen?',
      methodId: 'incident_method',
      moderatorId: personId,
      participantIds: [],
      lensIds: [],
    };
    for (const scheduledAt of ['2026-02-30T10:00:00Z', '2026-12-03T25:00:00Z', 'morgen', 12]) {
      const result = await post(JSON.stringify({ query: plan, variables: { input: { ...input, scheduledAt } } }), {
        cookie: admin.sessionCookie,
      });
      expect(result.status).toBe(400);
      expect(result.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { scheduledAt: expect.stringMatching(/geen geldige datum/) },
      });
    }
    expect(await kring.sql(`SELECT id FROM reflection_session`)).toEqual([]);
  });

  it('refuses an operation of more than 5,000 tokens while reading it', async () => {
    const huge = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const result = await post(JSON.stringify({ query: huge }));
    expect(result.status).toBe(400);
    expect(result.body.errors![0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/maximaal 5000/),
    });
  });
});
