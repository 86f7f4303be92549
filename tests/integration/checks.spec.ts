import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// scripts/checks.js is plain CommonJS (npm run lint starts it without a compiler).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runLanes, LANES } = require('../../scripts/checks.js') as {
  runLanes(lanes: string[][], cwd?: string, print?: (text: string) => void): Promise<boolean>;
  LANES: string[][];
};

const ROOT = path.resolve(__dirname, '../..');

/** A script that notes when it starts and ends in `log`, taking `ms`, then exits with `code`. */
const noting = (name: string, ms: number, code = 0) =>
  `node -e "const f=require('fs');f.appendFileSync('log','${name} start '+Date.now()+'\\n');` +
  `setTimeout(()=>{f.appendFileSync('log','${name} end '+Date.now()+'\\n');console.log('${name} printed');process.exit(${code})},${ms})"`;

describe('npm run lint (scripts/checks.js)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-checks-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const withScripts = (scripts: Record<string, string>) =>
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lanes', private: true, scripts }));
  const noted = () =>
    Object.fromEntries(
      fs
        .readFileSync(path.join(dir, 'log'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([name, what, at]) => [`${name} ${what}`, Number(at)]),
    );

  it('runs the lanes side by side, each lane in order, and passes when every step passes', async () => {
    withScripts({ a1: noting('a1', 1_000), a2: noting('a2', 10), b: noting('b', 10) });
    const printed: string[] = [];
    expect(await runLanes([['a1', 'a2'], ['b']], dir, (text) => printed.push(text))).toBe(true);
    const at = noted();
    expect(at['b start']).toBeLessThan(at['a1 end']);
    expect(at['a2 start']).toBeGreaterThanOrEqual(at['a1 end']);
    // Each lane printed whole, the quicker one first.
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(/^── npm run b: ok in [\d.]+ s\nb printed$/);
    expect(printed[1]).toMatch(/^── npm run a1: ok in [\d.]+ s\na1 printed\n── npm run a2: ok in [\d.]+ s\na2 printed$/);
  });

  it('fails when a step fails, stops that lane there, lets the other lane finish and shows what the step printed', async () => {
    withScripts({ broken: noting('broken', 10, 3), after: noting('after', 10), other: noting('other', 500) });
    const printed: string[] = [];
    expect(await runLanes([['broken', 'after'], ['other']], dir, (text) => printed.push(text))).toBe(false);
    expect(Object.keys(noted()).sort()).toEqual(['broken end', 'broken start', 'other end', 'other start']);
    expect(printed.join('\n')).toContain('── npm run broken: failed (exit code 3)');
    expect(printed.join('\n')).toContain('broken printed');
    expect(printed.join('\n')).toMatch(/── npm run other: ok/);
  });

  it('fails for a script that does not exist (a renamed check is not skipped silently)', async () => {
    withScripts({});
    const printed: string[] = [];
    expect(await runLanes([['gone']], dir, (text) => printed.push(text))).toBe(false);
    expect(printed.join('\n')).toMatch(/^── npm run gone: failed \(exit code 1\) in [\d.]+ s\npackage.json has no script "gone"$/);
  });

  it("runs every check script of the repository's package.json, each once", () => {
    const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);
    const checks = scripts.filter((name) => /^lint:|^format:check$|^test:documents$|^unused:exports$/.test(name));
    const named = LANES.flat().map((step) => step.split(' ')[0]);
    expect(named.sort()).toEqual(checks.sort());
  });
});
