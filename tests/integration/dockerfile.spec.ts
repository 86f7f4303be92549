import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitCode, freePort, run, until } from '../support/built-server';
import { parseDockerfile, replay, ReplayOptions, Stage } from '../support/dockerfile-replay';
import { serverNodeFlags } from '../support/server-node-flags';
import { createTestDatabase } from '../support/test-database';

const ROOT = path.resolve(__dirname, '../..');
const DOCKERFILE = path.join(ROOT, 'docker/Dockerfile');

/**
 * `npm ci` fetches the whole dependency tree from the network (minutes here), so the replay stands in for it: the
 * stage gets a tree linking to this checkout's installed node_modules (installed by `npm ci` from the same lockfile;
 * workspace links point into the stage, as npm makes them), after checking that the manifests npm ci reads are in
 * place, and then runs the root postinstall exactly as npm ci does — which is what fails when a step is out of order.
 */
function linkedInstall(dir: string): void {
  for (const file of ['package.json', 'package-lock.json']) {
    if (!fs.existsSync(path.join(dir, file))) throw new Error(`npm ci needs ${file}, which is not copied yet`);
  }
  const installed = path.join(ROOT, 'node_modules');
  const target = path.join(dir, 'node_modules');
  fs.mkdirSync(target);
  const link = (from: string, to: string) => {
    const stat = fs.lstatSync(from);
    // Workspace packages are relative links (../../libs/domain): the same link inside the stage points at the stage's copy.
    fs.symlinkSync(stat.isSymbolicLink() ? fs.readlinkSync(from) : from, to);
  };
  for (const entry of fs.readdirSync(installed)) {
    if (entry === '.cache' || entry === '.package-lock.json') continue;
    const from = path.join(installed, entry);
    if (entry.startsWith('@')) {
      fs.mkdirSync(path.join(target, entry));
      for (const name of fs.readdirSync(from)) link(path.join(from, name), path.join(target, entry, name));
    } else {
      link(from, path.join(target, entry));
    }
  }
  const { KRING_PARTIAL_REGISTRY: _ignored, ...env } = process.env;
  execFileSync('npm', ['run', '--silent', 'postinstall', '--if-present'], { cwd: dir, env, stdio: 'pipe' });
}

const REPLACEMENTS: ReplayOptions['replaceRun'] = (command) => {
  if (/\bapt-get\b/.test(command)) {
    return {
      reason:
        'system packages (a compiler for native addons) are installed as root from Debian; the test machine has what this checkout was built with',
    };
  }
  if (/^npm ci\b/.test(command))
    return { reason: 'network install replaced by a linked tree plus the root postinstall (linkedInstall)', run: linkedInstall };
  if (/^npm prune --omit=dev\b/.test(command)) {
    return { reason: 'pruning would delete dev dependencies from the shared node_modules the replay links to; checked below instead' };
  }
  return null;
};

describe('docker/Dockerfile', () => {
  const stages = parseDockerfile(fs.readFileSync(DOCKERFILE, 'utf8'));
  let scratch: string;
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-docker-'));
    // As root, the server's embedded PostgreSQL tools run as the postgres user, which must pass through.
    fs.chmodSync(scratch, 0o755);
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('has a build stage and a runtime stage that runs as a non-root user with a health check', () => {
    const runtime = stages[stages.length - 1];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const user = runtime.instructions.filter((i) => i.keyword === 'USER').pop()?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(runtime.instructions.some((i) => i.keyword === 'HEALTHCHECK')).toBe(true);
    // Only production dependencies: the stage the runtime takes node_modules from prunes them after its last install and build.
    const copy = runtime.instructions.find((i) => i.keyword === 'COPY' && / \/app\/node_modules /.test(` ${i.args} `));
    const from = stages.find((s) => s.name === /--from=(\S+)/.exec(copy!.args)?.[1])!;
    const runs = from.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs[runs.length - 1]).toMatch(/^npm prune --omit=dev\b/);
    expect(runtime.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|install)\b/.test(i.args))).toBe(false);
  });

  it('builds when its steps are replayed, and the result starts and answers /health and /', async () => {
    const replayed = replay(stages, { context: ROOT, scratch, replaceRun: REPLACEMENTS });
    const runtime = replayed[replayed.length - 1];
    expect(runtime.replaced).toEqual([]);
    expect(replayed.flatMap((s) => s.replaced.map((r) => r.command.split(' ').slice(0, 2).join(' ')))).toEqual([
      'apt-get update',
      'npm ci',
      'npm prune',
    ]);
    const port = await freePort();
    const databaseUrl = await createTestDatabase();
    const [node, ...args] = runtime.cmd!;
    const server = run(
      { ...runtime.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      path.join(runtime.dir, args[args.length - 1]),
      runtime.dir,
      args.slice(0, -1),
    );
    try {
      expect(node).toBe('node');
      await until(
        () => server.output().includes('Kring draait op') || server.exitCode !== null,
        'start-up',
        () => server.output(),
        90_000,
      );
      expect(server.output()).toContain('Kring draait op');
      expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toMatchObject({
        status: 'ok',
        database: 'ok',
        broadcast: { bus: 'postgres' },
      });
      const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      // The image's own HEALTHCHECK command, as Docker would run it.
      execFileSync('sh', ['-c', runtime.healthcheck!], { env: { ...process.env, ...runtime.env, PORT: String(port) }, stdio: 'pipe' });
    } finally {
      server.kill('SIGTERM');
      await exitCode(server);
    }
  }, 300_000);

  it('runs the server with the node flags npm start uses', () => {
    const flags = serverNodeFlags();
    expect(flags).toContain('--max-semi-space-size=32');
    const runtime = stages[stages.length - 1];
    const cmd = JSON.parse(runtime.instructions.filter((i) => i.keyword === 'CMD').pop()!.args) as string[];
    expect(cmd).toEqual(['node', ...flags, 'apps/api/dist/main.js']);
    const api = JSON.parse(fs.readFileSync(path.join(ROOT, 'apps/api/package.json'), 'utf8')) as { scripts: { start: string } };
    expect(api.scripts.start).toBe(['node', ...flags, 'dist/main.js'].join(' '));
  });

  it('fails the replay when npm ci comes before the postinstall script is copied', () => {
    const build = stages[0];
    const copyScripts = build.instructions.findIndex((i) => i.keyword === 'COPY' && i.args.startsWith('scripts/'));
    const install = build.instructions.findIndex((i) => i.keyword === 'RUN' && i.args.startsWith('npm ci'));
    expect(copyScripts).toBeGreaterThanOrEqual(0);
    expect(copyScripts).toBeLessThan(install);
    const instructions = [...build.instructions];
    const [moved] = instructions.splice(copyScripts, 1);
    instructions.splice(install, 0, moved);
    // Only up to the install: the wrong order must already fail there.
    const wrong: Stage = { ...build, instructions: instructions.slice(0, install + 1) };
    expect(() => replay([wrong], { context: ROOT, scratch, replaceRun: REPLACEMENTS })).toThrow(/npm ci.*normalise-lockfile/s);
  });
});
