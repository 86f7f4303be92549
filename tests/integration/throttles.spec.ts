import { GraphqlClient, type GraphqlResult } from '../support/graphql-client';
import { LOGIN, PASSWORD, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';

/**
 * Throttles hold under concurrency (issue #10): attempts are counted in
 * PostgreSQL before the work they guard, so parallel guesses cannot all read
 * "not yet at the limit"; password hashing waits in a bounded queue.
 */
const OPEN_LINK = `query O($token: String!) { relativeInvitation(token: $token) { theme } }`;
const RESET = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResult, 'status'>;
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

const codes = (results: { code?: string }[]) =>
  results.reduce<Record<string, number>>((count, r) => ({ ...count, [r.code ?? 'OK']: (count[r.code ?? 'OK'] ?? 0) + 1 }), {});

describe('throttles under concurrency', () => {
  let kring: TestKring;
  beforeAll(async () => {
    // Hashing at the cost Kring gives every chosen password: what the bounded queue exists for (the harness hashes light).
    kring = await startTestKring({ passwordHashCost: 'standard' });
    await setupFirstOrganisation(kring);
  });
  afterAll(() => kring.close());
  beforeEach(() => kring.sql(`DELETE FROM throttle_counter`));

  it('hashes a chosen password with argon2id at the standard (OWASP) cost', async () => {
    const [{ password_hash: hash }] = await kring.sql<{ password_hash: string }>(
      `SELECT password_hash FROM person WHERE email = 'ingrid@hoeve.test'`,
    );
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
  });

  it('checks at most 5 of 40 parallel wrong passwords for one account', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(kring.url, LOGIN, { email: 'ingrid@hoeve.test', password: `geraden-${i}` })),
    );
    const counted = codes(results);
    // INVALID_CREDENTIALS means the password was really checked.
    expect(counted.INVALID_CREDENTIALS).toBeLessThanOrEqual(5);
    expect(counted.INVALID_CREDENTIALS + counted.TOO_MANY_ATTEMPTS).toBe(40);
    // The right password waits too, until the window has passed.
    expect((await post(kring.url, LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD })).code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('limits wrong passwords per visitor address across accounts, while GET / keeps answering', async () => {
    for (let i = 0; i < 5; i++) await new GraphqlClient(kring.url).ok(LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
    // 35 logins for unknown addresses at once: 30 wait for password hashing (two at a time), 5 are refused at once.
    const flood = Promise.all(
      Array.from({ length: 35 }, (_, i) => post(kring.url, LOGIN, { email: `iemand-${i}@hoeve.test`, password: 'geraden' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const page = await fetch(`${kring.url}/`, { headers: { accept: 'text/html' } });
      await page.arrayBuffer();
      expect(page.status).toBeLessThan(500);
      timings.push(performance.now() - started);
    }
    expect(codes(await flood)).toEqual({ INVALID_CREDENTIALS: 30, TOO_MANY_ATTEMPTS: 5 });
    // Only a guard against starvation (unbounded hashing: GET / took 41 s, issue #10): this machine's 2 cores
    // are shared, so 200 ms is measured by `npm run bench:flood`, not asserted here.
    expect(Math.max(...timings)).toBeLessThan(10_000);
    // The correct logins before were given back; the address is now at its limit for everyone.
    const refused = await post(kring.url, LOGIN, { email: 'ingrid@hoeve.test', password: PASSWORD });
    expect(refused).toMatchObject({
      status: 200,
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringMatching(/Probeer het over 1[45] minuten opnieuw/),
    });
  }, 240_000);

  it('counts the visitor behind a trusted proxy by X-Forwarded-For, not the proxy', async () => {
    const proxied = await startTestKring({ databaseUrl: kring.databaseUrl, env: { TRUST_PROXY: '1' } });
    try {
      const from = (address: string, i: number) =>
        post(proxied.url, RESET, { email: `proxy-${i}@hoeve.test` }, { 'x-forwarded-for': address });
      const one = await Promise.all(Array.from({ length: 11 }, (_, i) => from('203.0.113.7', i)));
      expect(codes(one)).toEqual({ OK: 10, RESET_ATTEMPTS: 1 });
      // Another visitor behind the same proxy is not held back.
      expect((await from('198.51.100.3', 99)).code).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('looks up at most 20 of 60 parallel guessed links from one address', async () => {
    const token = (i: number) => `${String(i).padStart(8, 'g')}${'y'.repeat(35)}`;
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => post(kring.url, OPEN_LINK, { token: token(i) })));
    expect(codes(results)).toEqual({ LINK_UNAVAILABLE: 20, LINK_ATTEMPTS: 40 });
  });

  it('limits password-reset mails per address asked about and per visitor', async () => {
    const forIngrid = await Promise.all(Array.from({ length: 6 }, () => post(kring.url, RESET, { email: 'ingrid@hoeve.test' })));
    expect(codes(forIngrid)).toEqual({ OK: 3, RESET_ATTEMPTS: 3 });
    expect((await kring.sql(`SELECT count(*)::int AS n FROM password_reset`))[0].n).toBe(3);
    // Unknown addresses count the same, so the answer still tells nothing about who has an account.
    const unknown = await Promise.all(Array.from({ length: 8 }, (_, i) => post(kring.url, RESET, { email: `niemand-${i}@hoeve.test` })));
    expect(codes(unknown)).toEqual({ OK: 7, RESET_ATTEMPTS: 1 });
  });
});
