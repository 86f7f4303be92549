import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitCode, freePort, run, ServerProcess, until } from '../support/built-server';
import { GraphqlClient } from '../support/graphql-client';
import { setupFirstOrganisation } from '../support/fixtures';

/** As startBuiltServer waits for a start. */
const START_MS = 90_000;

/**
 * Ends a server that is still running after a failed step, so it neither outlives the run nor keeps its PostgreSQL
 * writing into the folder the test removes: an orderly stop first, else killed, and then its PostgreSQL (by the pid
 * file in the data folder) too.
 */
async function stopHard(child: ServerProcess, dataDir: string): Promise<void> {
  const exited = exitCode(child);
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 20_000))]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  if (!pid) return;
  try {
    process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 100; i++) {
      process.kill(pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch {
    // Gone.
  }
}

/**
 * The server stopped with exit code 0. On a failure the server's own words (why it did not stop cleanly, with the
 * stack of what refused to close) are the test's message: compared as a whole, jest's diff hid a matched output.
 */
async function expectCleanStop(server: ServerProcess): Promise<void> {
  const code = await exitCode(server);
  expect(code === 0 ? 'exit code 0' : `exit code ${code}:\n${server.output()}`).toBe('exit code 0');
}

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
    const started: ServerProcess[] = [];
    try {
      const first = run(env);
      started.push(first);
      // As long as startBuiltServer gives a start: the first one runs initdb, which under a loaded full run can take
      // more than half a minute.
      await until(
        () => first.output().includes('Kring draait op'),
        'start-up',
        () => first.output(),
        START_MS,
      );
      expect(first.output()).toContain('E-mail is niet ingesteld');
      expect(first.output()).toMatch(new RegExp(`http://localhost:${port}.*klaar in [\\d.]+ s`));
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({
        status: 'ok',
        database: 'ok',
        broadcast: { bus: 'postgres', listening: true, failedPublishes: 0, otherInstances: 0 },
      });
      const page = await fetch(`http://127.0.0.1:${port}/inloggen`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toMatch(/<div id="root">/);
      await setupFirstOrganisation({ url: `http://127.0.0.1:${port}` }, 'De Hoeve');
      first.kill('SIGTERM');
      await expectCleanStop(first);
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

      // In production without SMTP, Kring says plainly that mail is not configured and where reset mails go instead.
      const second = run({ ...env, NODE_ENV: 'production' });
      started.push(second);
      await until(
        () => second.output().includes('Kring draait op'),
        'second start-up',
        () => second.output(),
        START_MS,
      );
      expect(second.output()).toContain('E-mail is niet ingesteld (SMTP_URL ontbreekt): Kring verstuurt geen e-mail.');
      expect(second.output()).toContain(
        'mails om een wachtwoord te herstellen alleen hier in het serverlog, voor de beheerder van deze server',
      );
      const status = await new GraphqlClient(`http://127.0.0.1:${port}`).ok(`{ setupStatus { needsSetup } }`);
      expect(status.setupStatus.needsSetup).toBe(false);
      second.kill('SIGINT');
      await expectCleanStop(second);
    } finally {
      // A server still running after a failure would keep its PostgreSQL writing into the folder removed here (and
      // outlive the run): stopped hard first.
      await Promise.all(
        started.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => stopHard(child, dataDir)),
      );
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
