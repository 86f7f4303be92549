import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GraphqlClient } from '../support/graphql-client';
import { PASSWORD, SETUP } from '../support/fixtures';

/** The built server, exactly as `npm start` runs it (npm test builds first). */
const MAIN = path.resolve(__dirname, '../../apps/api/dist/main.js');

function run(env: NodeJS.ProcessEnv): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

async function until(condition: () => boolean, what: string, output: () => string = () => '', ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; output: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
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
    try {
      const first = run(env);
      await until(() => first.output().includes('Kring draait op'), 'start-up', () => first.output());
      expect(first.output()).toMatch(new RegExp(`http://localhost:${port}.*klaar in [\\d.]+ s`));
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
      const page = await fetch(`http://127.0.0.1:${port}/inloggen`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toMatch(/<div id="root">/);
      await new GraphqlClient(`http://127.0.0.1:${port}`).ok(SETUP, {
        input: { organisationName: 'De Hoeve', organisationKind: 'care_farm', adminName: 'Ingrid', adminEmail: 'ingrid@hoeve.test', password: PASSWORD, preferredLanguage: 'nl' },
      });
      first.kill('SIGTERM');
      expect(await exitCode(first)).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

      const second = run(env);
      await until(() => second.output().includes('Kring draait op'), 'second start-up', () => second.output());
      const status = await new GraphqlClient(`http://127.0.0.1:${port}`).ok(`{ setupStatus { needsSetup } }`);
      expect(status.setupStatus.needsSetup).toBe(false);
      second.kill('SIGINT');
      expect(await exitCode(second)).toBe(0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
