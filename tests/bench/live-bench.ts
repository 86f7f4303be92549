/**
 * Live-room benchmark: `npm run bench:live` (root or tests/), flags
 * --sessions N (50) --participants M (20) --messages K (5 per participant)
 * --think-ms T (2000, mean pause between someone's contributions).
 *
 * Runs from the TypeScript sources through bench/swc-register.js (no build
 * needed, never stale). It starts its own embedded PostgreSQL in a temporary
 * folder, migrates and seeds a database, starts Kring as a child process and
 * connects N × M socket.io clients on loopback, all logged in, each joined to
 * its live session. Every participant sends K contributions (closed loop:
 * send, wait for the ack, pause). It measures, per contribution, the time
 * from sending until every other participant of the session has the event,
 * and the same for a bare socket.io broadcast server (no login, no checks,
 * no database) with the same clients and load. Figures printed: latency
 * p50/p95/p99, contributions per second, peak resident memory and processor
 * time of the server process, and database statements per contribution (counted by wrapping
 * node-pg in the server process; see server-probe.ts). Everything stops by
 * itself; a run that takes longer than --deadline-s (240) is aborted.
 */
import { INCIDENT_METHOD, LiveEvent } from '@kring/domain';
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { hashToken, newToken } from '../../apps/api/src/engine/auth/tokens';
import { startEmbeddedPostgres } from '../../apps/api/src/engine/database/embedded-postgres';
import { runMigrations } from '../../apps/api/src/engine/database/run-migrations';
import type { ProbeStats } from './server-probe';

interface Options {
  sessions: number;
  participants: number;
  messages: number;
  thinkMs: number;
  deadlineS: number;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const parsed = Number(argv[index + 1]);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a positive whole number`);
    return parsed;
  };
  const result = {
    sessions: value('sessions', 50),
    participants: value('participants', 20),
    messages: value('messages', 5),
    thinkMs: value('think-ms', 2000),
    deadlineS: value('deadline-s', 240),
  };
  if (result.participants < 2) throw new Error('--participants must be at least 2: latency is measured to the other participants');
  return result;
}

/** Where contributions go: the fourth phase of the incident method collects them. */
const PHASE_INDEX = 3;
const PHASE = INCIDENT_METHOD.phases[PHASE_INDEX];

interface Seat {
  sessionId: string;
  personId: string;
  token: string;
}

/** One organisation, one team, N live sessions of M people each (the first leads), logged in by session tokens. */
async function seed(url: string, o: Options): Promise<Seat[][]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [org] = (await db.query(`INSERT INTO organisation (name, kind) VALUES ('Benchmark zorg', 'small_home') RETURNING id`)).rows;
    const [team] = (await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team bench') RETURNING id`, [org.id])).rows;
    const rooms: Seat[][] = [];
    for (let s = 0; s < o.sessions; s++) {
      const people = (
        await db.query(
          `INSERT INTO person (email, display_name, password_hash)
           SELECT 'p' || $1 || '-' || i || '@bench.test', 'Deelnemer ' || i, 'no-login' FROM generate_series(1, $2) i RETURNING id`,
          [s, o.participants],
        )
      ).rows.map((r) => r.id as string);
      await db.query(
        `INSERT INTO membership (person_id, organisation_id, team_id, role)
         SELECT p, $2, $3, CASE WHEN p = $4 THEN 'moderator' ELSE 'care_worker' END FROM unnest($1::uuid[]) p`,
        [people, org.id, team.id, people[0]],
      );
      const [session] = (
        await db.query(
          `INSERT INTO reflection_session (organisation_id, team_id, title, method_id, method_version, method_snapshot, scheduled_at, duration_minutes,
             moderator_id, status, current_phase_index, timer_phase_id, timer_duration_seconds, timer_remaining_seconds, started_at)
           VALUES ($1, $2, 'Benchmark', $3, $4, $5, now(), 70, $6, 'live', $7, $8, 600, 600, now()) RETURNING id`,
          [org.id, team.id, INCIDENT_METHOD.id, INCIDENT_METHOD.version, JSON.stringify(INCIDENT_METHOD), people[0], PHASE_INDEX, PHASE.id],
        )
      ).rows;
      await db.query(
        `INSERT INTO session_participant (session_id, person_id, organisation_id, role)
         SELECT $1, p, $2, CASE WHEN p = $3 THEN 'moderator' ELSE 'participant' END FROM unnest($4::uuid[]) p`,
        [session.id, org.id, people[0], people],
      );
      const tokens = people.map(() => newToken());
      await db.query(
        `INSERT INTO auth_session (person_id, token_hash, expires_at) SELECT unnest($1::uuid[]), unnest($2::text[]), now() + interval '1 day'`,
        [people, tokens.map(hashToken)],
      );
      rooms.push(people.map((personId, i) => ({ sessionId: session.id, personId, token: tokens[i] })));
    }
    return rooms;
  } finally {
    await db.end();
  }
}

/** A server in its own process, so its memory is its own and the benchmark's clients do not count. */
interface ServerProcess {
  url: string;
  stats(reset?: boolean): Promise<ProbeStats>;
  stop(): void;
}

async function startServer(script: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child: ChildProcess = fork(path.join(__dirname, script), [], {
    execArgv: ['-r', path.join(__dirname, 'swc-register.js')],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} stopped with code ${code}`)));
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && resolve(m.port!));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: (reset = false) =>
      new Promise((resolve) => {
        child.once('message', (m: { stats: ProbeStats }) => resolve(m.stats));
        child.send({ type: reset ? 'reset' : 'stats' });
      }),
    stop: () => child.kill('SIGKILL'),
  };
}

/** How one run's clients talk to a server: Kring's live protocol, or the bare broadcast. */
interface Protocol {
  connect(url: string, seat: Seat): Promise<Socket>;
  join(socket: Socket, seat: Seat): Promise<void>;
  send(socket: Socket, seat: Seat, key: string, n: number): Promise<void>;
  /** The key of a received message, if it is one of the measured ones. */
  keyOf(message: unknown): string | undefined;
  event: string;
}

function connectSocket(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: cookie ? { cookie } : {} });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const KRING: Protocol = {
  connect: (url, seat) => connectSocket(url, `kring_session=${seat.token}`),
  async join(socket, seat) {
    const ack = await socket.timeout(30_000).emitWithAck('session:join', { sessionId: seat.sessionId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  },
  async send(socket, seat, key, n) {
    const command = { type: 'contribute', phaseId: PHASE.id, body: `Bijdrage ${n} van ${seat.personId.slice(0, 8)}: wat ik zou doen.` };
    const ack = await socket.timeout(30_000).emitWithAck('session:command', { sessionId: seat.sessionId, clientKey: key, command });
    if (!ack.ok) throw new Error(`contribution refused: ${ack.error.code}`);
  },
  keyOf: (event) => ((event as LiveEvent).type === 'entryAdded' ? (event as Extract<LiveEvent, { type: 'entryAdded' }>).entry.clientKey : undefined),
  event: 'session:event',
};

const BARE: Protocol = {
  connect: (url) => connectSocket(url),
  join: (socket, seat) => socket.timeout(30_000).emitWithAck('join', seat.sessionId),
  send: (socket, seat, key, n) =>
    socket.timeout(30_000).emitWithAck('message', { room: seat.sessionId, key, body: `Bijdrage ${n} van ${seat.personId.slice(0, 8)}: wat ik zou doen.` }),
  keyOf: (message) => (message as { key?: string }).key,
  event: 'message',
};

interface RunResult {
  latenciesMs: number[];
  contributions: number;
  seconds: number;
}

/**
 * Connects and joins everyone, calls `ready` (the server's counters start
 * there, so joining is not counted), then lets everyone contribute; resolves
 * when every contribution reached every peer.
 */
async function run(protocol: Protocol, server: ServerProcess, rooms: Seat[][], o: Options, deadline: number): Promise<RunResult & { stats: ProbeStats }> {
  // Per contribution: when it was sent, by whom, and how many peers still have to receive it.
  const pending = new Map<string, { from: string; sentAt: number; waiting: number }>();
  const latencies: number[] = [];
  const sockets: Socket[] = [];
  const seats = rooms.flat();
  try {
    // Connect and join in small batches, as people arriving, not as one burst.
    for (let i = 0; i < seats.length; i += 50) {
      const batch = await Promise.all(
        seats.slice(i, i + 50).map(async (seat) => {
          const socket = await protocol.connect(server.url, seat);
          socket.on(protocol.event, (message: unknown) => {
            const key = protocol.keyOf(message);
            const entry = key ? pending.get(key) : undefined;
            // The sender hears its own broadcast too, but is not waited for: its ack says it is stored.
            if (!entry || entry.from === seat.personId) return;
            if (--entry.waiting === 0) latencies.push(performance.now() - entry.sentAt);
          });
          await protocol.join(socket, seat);
          return socket;
        }),
      );
      sockets.push(...batch);
    }
    await server.stats(true);
    const started = performance.now();
    await Promise.all(
      seats.map(async (seat, index) => {
        const socket = sockets[index];
        await pause(Math.random() * o.thinkMs);
        for (let n = 1; n <= o.messages; n++) {
          if (Date.now() > deadline) throw new Error('deadline passed');
          const key = randomUUID();
          pending.set(key, { from: seat.personId, sentAt: performance.now(), waiting: o.participants - 1 });
          await protocol.send(socket, seat, key, n);
          await pause(o.thinkMs * (0.5 + Math.random()));
        }
      }),
    );
    const total = seats.length * o.messages;
    while (latencies.length < total) {
      if (Date.now() > deadline) throw new Error(`deadline passed with ${total - latencies.length} contributions not yet everywhere`);
      await pause(20);
    }
    const seconds = (performance.now() - started) / 1000;
    return { latenciesMs: latencies, contributions: total, seconds, stats: await server.stats() };
  } finally {
    sockets.forEach((s) => s.close());
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(result: RunResult) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), perSecond: result.contributions / result.seconds };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const deadline = Date.now() + o.deadlineS * 1000;
  const watchdog = setTimeout(() => {
    console.error(`Benchmark aborted after ${o.deadlineS} s.`);
    process.exit(1);
  }, (o.deadlineS + 30) * 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bench-pg-'));
  const servers: ServerProcess[] = [];
  const postgres = await startEmbeddedPostgres(dir, 'kring_bench');
  try {
    console.log(`Kring live benchmark: ${o.sessions} sessions × ${o.participants} participants × ${o.messages} contributions (think time ~${o.thinkMs} ms)`);
    await runMigrations(postgres.url);
    const rooms = await seed(postgres.url, o);

    const kring = await startServer('kring-server.ts', { BENCH_DATABASE_URL: postgres.url });
    servers.push(kring);
    const kringRun = await run(KRING, kring, rooms, o, deadline);
    const kringStats = kringRun.stats;
    const [{ n: stored }] = (await queryOnce(postgres.url, `SELECT count(*)::int AS n FROM session_entry`)) as { n: number }[];
    kring.stop();

    const bare = await startServer('bare-server.ts', {});
    servers.push(bare);
    const bareRun = await run(BARE, bare, rooms, o, deadline);
    const bareStats = bareRun.stats;
    bare.stop();

    const k = summary(kringRun);
    const b = summary(bareRun);
    const contributions = kringRun.contributions;
    const rows = [
      ['', 'Kring', 'bare socket.io', 'Kring / bare'],
      ['latency p50 (send → all peers)', ms(k.p50), ms(b.p50), `${(k.p50 / b.p50).toFixed(1)}×`],
      ['latency p95', ms(k.p95), ms(b.p95), `${(k.p95 / b.p95).toFixed(1)}×`],
      ['latency p99', ms(k.p99), ms(b.p99), `${(k.p99 / b.p99).toFixed(1)}×`],
      ['contributions / s', k.perSecond.toFixed(0), b.perSecond.toFixed(0), `${(k.perSecond / b.perSecond).toFixed(2)}×`],
      ['deliveries / s (to peers)', (k.perSecond * (o.participants - 1)).toFixed(0), (b.perSecond * (o.participants - 1)).toFixed(0), ''],
      ['peak server memory (RSS)', mb(kringStats.peakRssBytes), mb(bareStats.peakRssBytes), ''],
      [
        'server processor use',
        `${((kringStats.cpuMs / 1000 / kringRun.seconds) * 100).toFixed(0)} %`,
        `${((bareStats.cpuMs / 1000 / bareRun.seconds) * 100).toFixed(0)} %`,
        '',
      ],
      ['server processor time / contribution', ms(kringStats.cpuMs / contributions), ms(bareStats.cpuMs / contributions), `${(kringStats.cpuMs / bareStats.cpuMs).toFixed(1)}×`],
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    console.log('');
    for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
    console.log('');
    console.log(
      `Database statements per contribution: ${(kringStats.statements / contributions).toFixed(2)} by Kring ` +
        `(BEGIN, locked read, insert, version + receipt, COMMIT, and the policy guard's lookup) ` +
        `+ ${(kringStats.notifies / contributions).toFixed(2)} pg_notify by the socket.io adapter (counted by wrapping node-pg in the server process).`,
    );
    console.log(`Stored: ${stored} of ${contributions} contributions, each exactly once.`);
    if (stored !== contributions) process.exitCode = 1;
  } finally {
    servers.forEach((s) => s.stop());
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

async function queryOnce(url: string, sql: string): Promise<unknown[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql)).rows;
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
