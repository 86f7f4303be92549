import { io } from 'socket.io-client';
import { startBuiltServer, ServerProcess, exitCode } from '../support/built-server';
import { setupFirstOrganisation } from '../support/fixtures';
import { createTestDatabase } from '../support/test-database';

/**
 * Headers, compression and caching as the BUILT server sends them
 * (apps/api/dist/main.js with the built web app, as `npm start` runs it).
 */
describe('serving (built server)', () => {
  let server: ServerProcess;
  let url: string;
  let assets: string[];
  beforeAll(async () => {
    ({ child: server, url } = await startBuiltServer({ DATABASE_URL: await createTestDatabase(), PUBLIC_URL: 'https://kring.example' }));
    const html = await (await fetch(`${url}/inloggen`, { headers: { accept: 'text/html' } })).text();
    assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    if (server) await exitCode(server);
  });

  it('sends security headers on pages, assets and the API, and never says it is Express', async () => {
    for (const path of ['/inloggen', '/naaste/een-token', assets[0], '/graphql?query=%7B__typename%7D', '/health']) {
      const response = await fetch(`${url}${path}`, {
        headers: { accept: path.startsWith('/naaste') || path === '/inloggen' ? 'text/html' : '*/*' },
      });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      // PUBLIC_URL is https here.
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends built scripts and styles precompressed (brotli, else gzip), cached for good; the page itself is revalidated', async () => {
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      const plain = Buffer.from(await (await fetch(`${url}${asset}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
      const br = await fetch(`${url}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(br.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /javascript/ : /css/);
      // fetch() decodes the body itself; the raw twin on the wire must be smaller than the plain file,
      // under half for any real chunk (the router's tiny shared chunks of a few hundred bytes compress less).
      expect(Number(br.headers.get('content-length'))).toBeLessThan(plain.length > 4096 ? plain.length / 2 : plain.length);
      expect(Buffer.from(await br.arrayBuffer()).equals(plain)).toBe(true);
      const gzip = await fetch(`${url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      expect(Buffer.from(await gzip.arrayBuffer()).equals(plain)).toBe(true);
    }
    const page = await fetch(`${url}/inloggen`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const worker = await fetch(`${url}/sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the page itself precompressed too (brotli, else gzip), for every client-side route', async () => {
    const headers = { accept: 'text/html' };
    const plain = await (await fetch(`${url}/naaste/een-token`, { headers: { ...headers, 'accept-encoding': 'identity' } })).text();
    expect(plain).toContain('<div id="root">');
    for (const encoding of ['br', 'gzip']) {
      const page = await fetch(`${url}/naaste/een-token`, { headers: { ...headers, 'accept-encoding': encoding } });
      expect(page.headers.get('content-encoding')).toBe(encoding);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(await page.text()).toBe(plain);
    }
    // Revalidated, not downloaded again, when it has not changed (fetch() would add "no-cache" without a cache-control of its own).
    const first = await fetch(`${url}/`, { headers });
    const again = await fetch(`${url}/`, {
      headers: { ...headers, 'if-none-match': first.headers.get('etag')!, 'cache-control': 'max-age=0' },
    });
    expect(first.headers.get('etag')).toBeTruthy();
    expect(again.status).toBe(304);
  });

  it('compresses API answers on the fly', async () => {
    const { admin, organisationId } = await setupFirstOrganisation({ url }, 'De Hoeve');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: admin.sessionCookie },
      body: JSON.stringify({
        query: 'query M($id: ID!) { methods(organisationId: $id) { id name { nl en } phases { id kind } } }',
        variables: { id: organisationId },
      }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch() has decoded it: a readable answer that was sent compressed.
    expect((JSON.parse(body.toString()) as { data: { methods: unknown[] } }).data.methods.length).toBeGreaterThan(0);
  });

  it('refuses socket.io handshakes from another site, and lets Kring’s own pages connect', async () => {
    const connect = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = io(url, {
          path: '/socket.io',
          transports: ['polling'],
          extraHeaders: { origin },
          reconnection: false,
          timeout: 5000,
        });
        socket.on('connect', () => (socket.close(), resolve('connected')));
        socket.on('connect_error', (error) => (socket.close(), resolve(error.message)));
      });
    // Another site is stopped before the cookie check; Kring's own origin reaches it (and, without a cookie, is refused there).
    expect(await connect('https://evil.example')).not.toBe('UNAUTHENTICATED');
    expect(await connect('https://evil.example')).not.toBe('connected');
    expect(await connect('https://kring.example')).toBe('UNAUTHENTICATED');
    expect(await connect(url)).toBe('UNAUTHENTICATED');
  });
});
