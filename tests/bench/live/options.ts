/**
 * Flags of `npm run bench:live`. Defaults: offered rates 50…1,600
 * contributions/s over 50 sessions × 20 participants, 8 s per rate after a
 * 20 s warm-up at 200 /s, every target. `--short` is a quick run (three rates,
 * 3 s each, 10 sessions) for checking the bench itself.
 */
import { serverNodeFlags } from '../../support/server-node-flags';

export type Target = 'kring' | 'bare' | 'adapter' | 'durable';
export const TARGETS: Target[] = ['kring', 'bare', 'adapter', 'durable'];

export interface Options {
  rates: number[];
  sessions: number;
  participants: number;
  /** Measured seconds per offered rate. */
  seconds: number;
  warmupSeconds: number;
  /**
   * Contributions/s offered during the warm-up. A server is measured as it runs for hours, not as it starts: Kring's
   * processor time per command kept falling for some 5,000 commands after a start, so a warm-up of 3 s at 50 /s
   * measured its first 100 /s rung half warm (docs/bench-live.md, session 29).
   */
  warmupRate: number;
  /** After a rate's window: how long to wait for late acks and deliveries before counting them as late. */
  drainSeconds: number;
  /** Higher rates are skipped once a rate's p95 (every peer has it) is above this, or it did not drain. */
  stopAboveMs: number;
  /** Sending at one rate stops early when this many contributions are waiting for their ack (overload). */
  maxInFlight: number;
  targets: Target[];
  deadlineSeconds: number;
  /** `--cpu-prof <dir>`: the Kring server runs with node's --cpu-prof and writes its profile there when the target ends. */
  cpuProfDir?: string;
  /** Seconds with every screen joined and nothing offered, before the warm-up: what the server and PostgreSQL spend on timers. */
  idleSeconds: number;
  /** `--pg-statements`: PostgreSQL runs with pg_stat_statements; each window prints its costliest statements. */
  pgStatements: boolean;
  /** `--timeline`: per rate, the p50 / p95 until every peer has it per half second of the window (how a load step settles). */
  timeline: boolean;
  /**
   * `--kring-node-flags '<flags>'`: node's own flags for the Kring server, e.g. '--max-semi-space-size=64' (by
   * default those `npm start` and the Docker image run it with); the baselines always run without.
   */
  kringNodeFlags: string[];
}

const DEFAULTS: Options = {
  // Doubling, with 1,200 between the two highest: the knee goal is 0.7× the durable baseline's, and with 800 and 1,600
  // side by side 0.7× of 1,600 could only be met at 1,600 itself (and 0.7× of 800, at 800): a 2× ladder cannot tell 0.7×.
  rates: [50, 100, 200, 400, 800, 1200, 1600],
  sessions: 50,
  participants: 20,
  seconds: 8,
  warmupSeconds: 20,
  warmupRate: 200,
  drainSeconds: 15,
  stopAboveMs: 2_000,
  maxInFlight: 4_000,
  targets: TARGETS,
  deadlineSeconds: 1_200,
  idleSeconds: 5,
  pgStatements: false,
  timeline: false,
  kringNodeFlags: serverNodeFlags(),
};

const SHORT: Partial<Options> = {
  rates: [50, 200, 800],
  sessions: 10,
  seconds: 3,
  warmupSeconds: 1,
  warmupRate: 50,
  drainSeconds: 8,
  deadlineSeconds: 300,
};

/** What `--help` prints. A flag not listed here is refused, so a typo does not start a full run of several minutes. */
export const USAGE = `npm run bench:live -- [flags]
  --short                     quick check of the bench itself: rates 50,200,800 on 10 sessions, 3 s each
  --targets <list>            of ${TARGETS.join(',')} (default: all)
  --rates <list>              offered contributions/s (default ${DEFAULTS.rates.join(',')})
  --sessions <n>              live sessions (default ${DEFAULTS.sessions})
  --participants <n>          screens per session (default ${DEFAULTS.participants})
  --seconds <s>               measured seconds per rate (default ${DEFAULTS.seconds})
  --warmup-s <s>              warm-up before the first rate (default ${DEFAULTS.warmupSeconds})
  --warmup-rate <n>           contributions/s offered in the warm-up (default ${DEFAULTS.warmupRate})
  --drain-s <s>               wait for late answers after a rate (default ${DEFAULTS.drainSeconds})
  --idle-s <s>                idle window, every screen joined, nothing sent (default ${DEFAULTS.idleSeconds})
  --stop-above-ms <ms>        skip higher rates once p95 passes this (default ${DEFAULTS.stopAboveMs})
  --max-in-flight <n>         stop a rate once this many wait for their ack (default ${DEFAULTS.maxInFlight})
  --deadline-s <s>            abort the whole run after this (default ${DEFAULTS.deadlineSeconds})
  --cpu-prof <dir>            CPU profile of every server, in <dir>/<target>
  --pg-statements             PostgreSQL's costliest statements per window (pg_stat_statements)
  --timeline                  per rate, p50 / p95 until every peer has it per half second of the window
  --kring-node-flags '<flags>' node flags for the Kring server only (default: npm start's, ${DEFAULTS.kringNodeFlags.join(' ') || 'none'}; '' for none)
  --help                      this list`;

const VALUE_FLAGS = [
  'targets',
  'rates',
  'sessions',
  'participants',
  'seconds',
  'warmup-s',
  'warmup-rate',
  'drain-s',
  'idle-s',
  'stop-above-ms',
  'max-in-flight',
  'deadline-s',
  'cpu-prof',
  'kring-node-flags',
];
const SWITCHES = ['short', 'pg-statements', 'timeline', 'help'];

export function parseOptions(argv: string[]): Options {
  argv.forEach((arg, i) => {
    const afterValueFlag = i > 0 && VALUE_FLAGS.includes(argv[i - 1].replace(/^--/, ''));
    if (!afterValueFlag && (!arg.startsWith('--') || ![...VALUE_FLAGS, ...SWITCHES].includes(arg.slice(2)))) {
      throw new Error(`Unknown flag ${arg}: npm run bench:live -- --help lists them`);
    }
  });
  const o: Options = { ...DEFAULTS, ...(argv.includes('--short') ? SHORT : {}) };
  const raw = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index < 0 ? undefined : argv[index + 1];
  };
  const whole = (name: string, fallback: number) => {
    const value = raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a positive whole number`);
    return parsed;
  };
  const rates = raw('rates');
  if (rates !== undefined) o.rates = rates.split(',').map(Number);
  if (o.rates.some((r) => !Number.isInteger(r) || r < 1)) throw new Error('--rates takes positive whole numbers, e.g. 50,100,200');
  o.rates.sort((a, b) => a - b);
  const targets = raw('targets');
  if (targets !== undefined) {
    o.targets = targets.split(',') as Target[];
    const unknown = o.targets.filter((t) => !TARGETS.includes(t));
    if (unknown.length) throw new Error(`--targets: unknown ${unknown.join(', ')} (choose from ${TARGETS.join(', ')})`);
  }
  o.sessions = whole('sessions', o.sessions);
  o.participants = whole('participants', o.participants);
  o.seconds = whole('seconds', o.seconds);
  o.warmupSeconds = whole('warmup-s', o.warmupSeconds);
  o.warmupRate = whole('warmup-rate', o.warmupRate);
  o.drainSeconds = whole('drain-s', o.drainSeconds);
  o.stopAboveMs = whole('stop-above-ms', o.stopAboveMs);
  o.maxInFlight = whole('max-in-flight', o.maxInFlight);
  o.deadlineSeconds = whole('deadline-s', o.deadlineSeconds);
  o.cpuProfDir = raw('cpu-prof');
  o.idleSeconds = whole('idle-s', o.idleSeconds);
  o.pgStatements = argv.includes('--pg-statements');
  o.timeline = argv.includes('--timeline');
  const kringNodeFlags = raw('kring-node-flags');
  if (kringNodeFlags !== undefined) o.kringNodeFlags = kringNodeFlags.split(' ').filter(Boolean);
  if (o.participants < 2) throw new Error('--participants must be at least 2: latency is measured to the other participants');
  return o;
}
