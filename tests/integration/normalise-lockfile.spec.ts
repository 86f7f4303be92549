import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../scripts/normalise-lockfile.js');

/** A lockfile as `npm install` writes it on a partial registry: @swc/core names a macOS build the registry never served. */
const LOCK = {
  name: 'kring',
  lockfileVersion: 3,
  packages: {
    '': { name: 'kring' },
    'node_modules/@swc/core': {
      version: '1.0.0',
      optionalDependencies: { '@swc/core-linux-x64-gnu': '1.0.0', '@swc/core-darwin-arm64': '1.0.0' },
    },
    'node_modules/@swc/core-linux-x64-gnu': { version: '1.0.0', optional: true },
  },
};

describe('the lockfile normaliser (root postinstall)', () => {
  const run = (env: NodeJS.ProcessEnv) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-lock-'));
    const file = path.join(dir, 'package-lock.json');
    fs.writeFileSync(file, JSON.stringify(LOCK, null, 2));
    try {
      const { KRING_PARTIAL_REGISTRY: _ignored, ...rest } = process.env;
      execFileSync(process.execPath, [SCRIPT, file], { env: { ...rest, ...env } });
      return JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, { optionalDependencies?: Record<string, string> }> };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('leaves other platforms’ native packages in the lockfile unless the registry is said to be partial', () => {
    expect(run({})).toEqual(LOCK);
    expect(run({ KRING_PARTIAL_REGISTRY: '0' })).toEqual(LOCK);
  });

  it('drops only the references the partial registry could not serve where KRING_PARTIAL_REGISTRY=1', () => {
    const normalised = run({ KRING_PARTIAL_REGISTRY: '1' });
    expect(normalised.packages['node_modules/@swc/core'].optionalDependencies).toEqual({ '@swc/core-linux-x64-gnu': '1.0.0' });
    expect(normalised.packages['node_modules/@swc/core-linux-x64-gnu']).toEqual(LOCK.packages['node_modules/@swc/core-linux-x64-gnu']);
  });

  it('is switched on where CI runs', () => {
    expect(fs.readFileSync(path.resolve(__dirname, '../../.ci/run'), 'utf8')).toMatch(/^export KRING_PARTIAL_REGISTRY=1$/m);
  });
});
