/**
 * `npm run bench:flood`: does a flood of logins starve the server? Starts the
 * BUILT server (run `npm run build` first) behind a pretend proxy
 * (TRUST_PROXY=1), sends 60 logins for unknown accounts at once, each from
 * its own X-Forwarded-For address (so the per-address throttle does not stop
 * them: only the password-hashing queue does), and meanwhile asks GET / every
 * 100 ms. Prints GET / latency without and during the flood, how the logins
 * were answered, and the server's peak memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/engine/database/embedded-postgres';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import { MAIN, ServerProcess, startBuiltServer } from '../support/built-server';

const LOGIN = `mutation L($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { person { id } } }`;
const FLOOD = 60;

async function timeGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
  await response.arrayBuffer();
  return performance.now() - started;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (${values.length} requests)`;

function peakRss(pid: number): string {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    return line ? `${Math.round(Number(line.replace(/\D/g, '')) / 1024)} MB` : 'unknown';
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: run "npm run build" first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-flood-bench-'));
  fs.chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres(dir, 'kring_flood_bench');
  let server: ServerProcess | null = null;
  try {
    await runMigrations(postgres.url);
    const started = await startBuiltServer({ DATABASE_URL: postgres.url, TRUST_PROXY: '1' });
    server = started.child;
    const url = started.url;
    const quiet: number[] = [];
    for (let i = 0; i < 20; i++) quiet.push(await timeGet(url));

    const floodStart = performance.now();
    let done = false;
    const flood = Promise.all(
      Array.from({ length: FLOOD }, async (_, i) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i + 1}` },
          body: JSON.stringify({ query: LOGIN, variables: { email: `niemand-${i}@example.test`, password: 'geraden' } }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        return `${response.status} ${body.errors?.[0]?.extensions?.code ?? 'OK'}`;
      }),
    ).finally(() => (done = true));
    const during: number[] = [];
    while (!done) {
      during.push(await timeGet(url));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answers = (await flood).reduce<Record<string, number>>((count, a) => ({ ...count, [a]: (count[a] ?? 0) + 1 }), {});
    console.log(
      `Kring login flood: ${FLOOD} parallel logins for unknown accounts from ${FLOOD} addresses, built server, ${os.cpus().length} cores (load average ${os.loadavg()[0].toFixed(1)})`,
    );
    console.log('');
    console.log(`GET / before the flood:  ${summary(quiet)}`);
    console.log(`GET / during the flood:  ${summary(during)}`);
    console.log(
      `flood answered in ${((performance.now() - floodStart) / 1000).toFixed(1)} s: ${Object.entries(answers)
        .map(([a, n]) => `${n}× ${a}`)
        .join(', ')}`,
    );
    console.log(`server peak memory (VmHWM): ${peakRss(server.pid!)}`);
  } finally {
    server?.kill('SIGTERM');
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
