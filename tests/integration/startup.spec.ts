import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitCode, freePort, run, until } from '../support/built-server';
import { GraphqlClient } from '../support/graphql-client';
import { setupFirstOrganisation } from '../support/fixtures';

describe('npm start (apps/api/dist/main.js)', () => {
  it.each([
    [{ PORT: 'drieduizend' }, /PORT="drieduizend" is geen geldige poort/],
    [{ DATABASE_URL: 'mysql://kring@localhost/kring' }, /DATABASE_URL moet beginnen met postgres/],
    [{ DATABASE_URL: 'postgres://kring:kring@127.0.0.1:1/kring' }, /database DATABASE_URL niet bereikbaar/],
  ])('refuses bad configuration %p with one clear line and exit code 1', async (env, message) => {
    const child = run(env);
    expect(await exitCode(child)).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('starts on embedded PostgreSQL, serves web, GraphQL and health on one port, stops cleanly and keeps its data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-start-'));
    // As root, PostgreSQL runs as the postgres user, which must pass through this folder.
    fs.chmodSync(dataDir, 0o755);
    const port = await freePort();
    const env = { KRING_DATA_DIR: dataDir, PORT: String(port) };
    try {
      const first = run(env);
      await until(
        () => first.output().includes('Kring draait op'),
        'start-up',
        () => first.output(),
      );
      expect(first.output()).toContain('E-mail is niet ingesteld');
      expect(first.output()).toMatch(new RegExp(`http://localhost:${port}.*klaar in [\\d.]+ s`));
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({
        status: 'ok',
        database: 'ok',
        broadcast: { bus: 'postgres', listening: true, failedPublishes: 0 },
      });
      const page = await fetch(`http://127.0.0.1:${port}/inloggen`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toMatch(/<div id="root">/);
      await setupFirstOrganisation({ url: `http://127.0.0.1:${port}` }, 'De Hoeve');
      first.kill('SIGTERM');
      expect({ code: await exitCode(first), output: first.output() }).toEqual({ code: 0, output: expect.any(String) });
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

      // In production without SMTP, Kring says plainly that mail is not configured and where reset mails go instead.
      const second = run({ ...env, NODE_ENV: 'production' });
      await until(
        () => second.output().includes('Kring draait op'),
        'second start-up',
        () => second.output(),
      );
      expect(second.output()).toContain('E-mail is niet ingesteld (SMTP_URL ontbreekt): Kring verstuurt geen e-mail.');
      expect(second.output()).toContain(
        'mails om een wachtwoord te herstellen alleen hier in het serverlog, voor de beheerder van deze server',
      );
      const status = await new GraphqlClient(`http://127.0.0.1:${port}`).ok(`{ setupStatus { needsSetup } }`);
      expect(status.setupStatus.needsSetup).toBe(false);
      second.kill('SIGINT');
      // On a failure the server's own words (why it did not stop cleanly) are in the test's message.
      expect({ code: await exitCode(second), output: second.output() }).toEqual({ code: 0, output: expect.any(String) });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
