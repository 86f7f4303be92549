/**
 * `npm run lint`: every static check, in two lanes side by side. Run one after the other they took about 2½ minutes
 * of CI's run on a clean clone (ESLint with type information 63 s, the four type checks 44 s of processor time,
 * Prettier 20 s, the export and test-document checks 10 s), one processor core at a time; in two lanes the machine's
 * two cores share them. Each lane stops at its first failing step; the other still finishes, so one run shows every
 * kind of problem. A lane's output is printed whole when it ends, not interleaved with the other's.
 *
 *   node scripts/checks.js            every lane (exit code 1 when a step failed)
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** npm scripts of the root package.json, per lane; the lanes take about as long as each other. */
const LANES = [['lint:types', 'unused:exports -- --check', 'test:documents', 'format:check'], ['lint:eslint']];

/** Runs one npm script of the package in `cwd`; resolves with its exit code and everything it printed. */
function runScript(script, cwd) {
  const name = script.split(' ')[0];
  const { scripts = {} } = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  // npm run --silent says nothing of a script that is not there: a renamed check must not pass unseen.
  if (!(name in scripts)) return Promise.resolve({ code: 1, output: `package.json has no script "${name}"` });
  return new Promise((resolve) => {
    const child = spawn(`npm run --silent ${script}`, { cwd, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Runs a lane's steps in order up to the first failure; prints the lane when it ends. */
async function runLane(steps, cwd, print) {
  const lines = [];
  let ok = true;
  for (const step of steps) {
    const started = Date.now();
    const { code, output } = await runScript(step, cwd);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    lines.push(`── npm run ${step}: ${code === 0 ? 'ok' : `failed (exit code ${code})`} in ${seconds} s`);
    if (output.trim()) lines.push(output.trimEnd());
    if (code !== 0) {
      ok = false;
      break;
    }
  }
  print(lines.join('\n'));
  return ok;
}

/** Every lane at once, in the package at `cwd`; true when every step passed. */
async function runLanes(lanes, cwd = process.cwd(), print = console.log) {
  const results = await Promise.all(lanes.map((steps) => runLane(steps, cwd, print)));
  return results.every(Boolean);
}

if (require.main === module) {
  void runLanes(LANES).then((ok) => {
    if (!ok) process.exitCode = 1;
  });
}

module.exports = { runLanes, LANES };
