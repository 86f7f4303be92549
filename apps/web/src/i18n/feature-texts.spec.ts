import fs from 'node:fs';
import path from 'node:path';
import type { FeatureTexts } from './features';
import { nl } from './nl';

/**
 * A feature's Dutch texts are there only once one of its components has called
 * the feature's `useTexts` (feature-texts.ts). This reads every source file and
 * fails for one that shows a feature's text without it, which would otherwise
 * show the bare key to Dutch readers on a page that did not load the feature.
 */
const SRC = path.resolve(__dirname, '..');
// Typed, so a feature added to FeatureTexts must be added here.
const FEATURE_KEYS: Record<keyof FeatureTexts, true> = {
  cases: true,
  sessions: true,
  mirror: true,
  relative: true,
  notifications: true,
  calendar: true,
  privacy: true,
  qualityReport: true,
  visits: true,
  network: true,
  practices: true,
  stories: true,
  library: true,
  patterns: true,
  setup: true,
  login: true,
  forgot: true,
  reset: true,
  invitation: true,
  profile: true,
  home: true,
  organisation: true,
  outbox: true,
  methods: true,
  values: true,
};
const KEY = new RegExp(`['"\`](${Object.keys(FEATURE_KEYS).join('|')})\\.([\\w.]*)`, 'g');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$|^texts\.|\.d\.ts$|^generated\.ts$/.test(entry.name) ? [file] : [];
  });
}

/** Whether a key is a core text (in the first download); a counted key (`bell` with `count`) is there as `bell_one`, `bell_other`. */
function inCore(key: string): boolean {
  return isText(key) || isText(`${key}_other`);
}

function isText(key: string): boolean {
  let node: unknown = nl;
  for (const part of key.split('.').filter(Boolean)) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** The feature keys a feature folder's `texts.ts` registers, read from its featureTexts({ … }) call. */
function registered(feature: string): string[] {
  const file = path.join(SRC, feature, 'texts.ts');
  if (!fs.existsSync(file)) return [];
  const call = /featureTexts\(\{([^}]*)\}\)/.exec(fs.readFileSync(file, 'utf8'));
  return call ? [...call[1].matchAll(/(\w+):/g)].map((m) => m[1]) : [];
}

describe('feature texts', () => {
  const files = sourceFiles(SRC);

  it('are found in the sources (the check reads what it should)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(registered('relatives')).toEqual(['relative']);
  });

  it("are registered by every file that shows them (it calls its feature's useTexts, or is handed t by a caller that does)", () => {
    const problems: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      const needed = new Set([...source.matchAll(KEY)].filter(([, ns, rest]) => !inCore(`${ns}.${rest}`)).map(([, ns]) => ns));
      if (needed.size === 0 || /\bt: TFunction\b/.test(source)) continue;
      const feature = path.relative(SRC, file).split(path.sep)[0];
      const available = /\buseTexts\(\)/.test(source) ? registered(feature) : [];
      const missing = [...needed].filter((ns) => !available.includes(ns));
      if (missing.length > 0) problems.push(`${path.relative(SRC, file)}: ${missing.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
