import { newToken } from '../../apps/api/src/engine/auth/tokens';
import { exitCode, ServerProcess, startBuiltServer, until } from '../support/built-server';
import { createTestDatabase } from '../support/test-database';

/**
 * What the BUILT server writes to its log at info level (issue #10): every
 * request is logged, but never a personal-link token (in the address or in
 * Referer), a cookie, or a GraphQL variable (passwords, notes).
 */
describe('logs (built server)', () => {
  let server: ServerProcess;
  let url: string;
  beforeAll(async () => {
    ({ child: server, url } = await startBuiltServer({ DATABASE_URL: await createTestDatabase(), LOG_LEVEL: 'info' }));
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    if (server) await exitCode(server);
  });

  it('logs requests without tokens, cookies or variables, also when a request goes wrong', async () => {
    const feed = newToken();
    const relative = newToken();
    const password = 'mijn-geheime-wachtwoord-42';
    await fetch(`${url}/calendar/${feed}.ics`, {
      headers: { referer: `${url}/naaste/${relative}`, cookie: 'kring_session=sessie-geheim' },
    });
    const login = `mutation L($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { person { id } } }`;
    for (const variables of [
      { email: 'iemand@hoeve.test', password },
      { email: 'iemand@hoeve.test', password: { wachtwoord: password } },
      { email: password, password: 7 },
    ]) {
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', referer: `${url}/naaste/${relative}` },
        body: JSON.stringify({ query: login, variables }),
      });
    }
    await until(() => (server.output().match(/"url":"\/graphql"/g) ?? []).length >= 3, 'the request log lines', server.output);
    const log = server.output();
    expect(log).toContain('/calendar/[token].ics');
    expect(log).toContain('/naaste/[token]');
    for (const secret of [feed, relative, password, 'sessie-geheim']) expect(log).not.toContain(secret);
  });

  it('never logs the words of a library search: not in a variable, an old ?q= address, a GraphQL GET or Referer', async () => {
    const words = 'Truus Wolters 111222333';
    const search = `query S($input: LibrarySearchInput!) { librarySearch(input: $input) { more } }`;
    const variables = { input: { organisationId: '00000000-0000-4000-8000-000000000000', query: words } };
    const page = `${url}/bibliotheek?organisatie=x&q=${encodeURIComponent(words)}`;
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', referer: page },
      body: JSON.stringify({ query: search, variables }),
    });
    await fetch(page);
    await fetch(`${url}/graphql?query=${encodeURIComponent(search)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
      headers: { 'apollo-require-preflight': 'true', referer: page },
    });
    await until(() => (server.output().match(/"url":"\/graphql\?/g) ?? []).length >= 1, 'the GraphQL GET line', server.output);
    const log = server.output();
    expect(log).toContain('"url":"/graphql?query=[value]&variables=[value]"');
    for (const word of ['Truus', 'Wolters', '111222333']) expect(log).not.toContain(word);
  });
});
