/**
 * `npm run bench:live` — what people feel in a live room, measured open-loop.
 * Flags: see options.ts (--short for a quick run, --rates 50,100,…,
 * --targets kring,bare,adapter,durable, --sessions, --participants, --seconds,
 * --cpu-prof <dir> for a CPU profile of each server (<dir>/<target>), --idle-s <s> for the
 * idle window, --pg-statements for PostgreSQL's costliest statements per window,
 * --kring-node-flags '<flags>' for node flags of the Kring server).
 *
 * Runs from the TypeScript sources (swc-register.js). Starts its own embedded
 * PostgreSQL in a temporary folder, migrates and seeds it, then for each
 * target (Kring, and the three baselines of bare-server.ts) starts the server
 * as a child process on loopback, connects every participant, warms up, and
 * offers contributions at each rate regardless of how fast the answers come
 * (open loop: a slow server does not slow the senders down, so its tail
 * shows). Per rate: ack latency, latency until every other participant has
 * it, until the sender sees its own echo; server CPU and database statements
 * per command. Per target: the knee, peak memory, the stored rows read back
 * (every acknowledged contribution exactly once) and duplicate deliveries.
 * Bounded: per-rate windows, a drain limit, an in-flight cap, higher rates
 * skipped once a target is saturated, and a deadline for the whole run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../../apps/api/src/engine/database/embedded-postgres';
import { runMigrations } from '../../../apps/api/src/engine/database/run-migrations';
import { Room } from './open-loop';
import { Options, parseOptions, Target, USAGE } from './options';
import { BARE, KRING } from './protocols';
import { IdleResult, LABELS, report, TargetResult } from './report';
import { seed, Seat } from './seed';
import { startServer } from './server-process';
import { RateResult, summarise, timeline } from './stats';
import { enableStatements, multixactsSoFar, PG_STATEMENTS_FLAGS, resetStatements, tableWrites, topStatements } from './pg-statements';
import { PostgresCpu, postgresCpu, postgresCpuSince } from './postgres-cpu';
import { checkStored, databaseCounters, sessionsSoFar } from './stored';

/** The --timeline's half seconds. */
const TIMELINE_BIN_MS = 500;

async function runTarget(target: Target, o: Options, databaseUrl: string, dataDir: string, seats: Seat[]): Promise<TargetResult> {
  const server =
    target === 'kring'
      ? await startServer(
          'kring-server.ts',
          { BENCH_DATABASE_URL: databaseUrl },
          { nodeFlags: o.kringNodeFlags, cpuProfDir: profileDir(o, target) },
        )
      : await startServer(
          'bare-server.ts',
          { BENCH_BARE_MODE: target, BENCH_DATABASE_URL: databaseUrl },
          { cpuProfDir: profileDir(o, target) },
        );
  const room = new Room(target === 'kring' ? KRING : BARE, seats, o.participants);
  try {
    await room.open(server.url);
    const idle = await measureIdle(target, o, server, databaseUrl, dataDir);
    const before = await databaseCounters(databaseUrl);
    await room.offer(o.warmupRate, o.warmupSeconds, o.drainSeconds, o.maxInFlight);
    await room.settle(o.drainSeconds);
    let peakRssBytes = (await server.stats(true)).peakRssBytes;
    const rates: RateResult[] = [];
    for (const rate of o.rates) {
      if (o.pgStatements) await resetStatements(databaseUrl);
      const multixactsBefore = o.pgStatements ? await multixactsSoFar(databaseUrl) : 0;
      const sessionsBefore = await sessionsSoFar(databaseUrl);
      await server.stats(true);
      const pgBefore = postgresCpu(dataDir);
      const clientsBefore = process.cpuUsage();
      const { sent, stoppedEarly } = await room.offer(rate, o.seconds, o.drainSeconds, o.maxInFlight);
      const clients = process.cpuUsage(clientsBefore);
      const probe = await server.stats();
      const pg = postgresCpuSince(pgBefore, postgresCpu(dataDir));
      // Less the reading's own connection.
      const connectionsOpened = (await sessionsSoFar(databaseUrl)) - sessionsBefore - 1;
      peakRssBytes = Math.max(peakRssBytes, probe.peakRssBytes);
      const result = summarise(rate, sent, stoppedEarly, {
        ...probe,
        postgresCpuMs: pg?.total ?? Number.NaN,
        clientsCpuMs: (clients.user + clients.system) / 1000,
      });
      rates.push(result);
      console.log(
        `  ${LABELS[target]} at ${rate}/s: p95 every peer ${result.allPeers.p95.toFixed(1)} ms, ${result.late} late, ` +
          `event loop blocked up to ${result.loopDelay.max.toFixed(0)} ms${stoppedEarly ? ', overloaded' : ''}; ` +
          `server CPU ${result.cpuMsPerCommand.toFixed(2)} ms / cmd, GC ${probe.gc.total.toFixed(0)} ms (scavenges: ${probe.minorGc.count}, ` +
          `${probe.minorGc.total.toFixed(0)} ms; full: ${probe.majorGc.count}, longest ${probe.majorGc.max.toFixed(0)} ms); ` +
          `PostgreSQL ms / cmd ${byKind(pg, sent.length)}; bench clients ${result.clientsCpuMsPerCommand.toFixed(2)} ms / cmd; ` +
          `connections opened ${connectionsOpened}`,
      );
      const refused = sent.filter((s) => s.failed);
      if (refused.length > 0) {
        const reasons = [...new Set(refused.map((s) => s.failed))].slice(0, 3).join(' | ');
        console.log(`  ${LABELS[target]} at ${rate}/s: ${refused.length} refused or failed: ${reasons}`);
      }
      if (o.timeline) {
        const steps = timeline(sent, TIMELINE_BIN_MS).map((p) => `${p.p50.toFixed(0)}/${p.p95.toFixed(0)}`);
        console.log(`  timeline, p50/p95 every peer (ms) per ${TIMELINE_BIN_MS} ms: ${steps.join(' ')}`);
      }
      if (o.pgStatements) {
        const multixacts = (await multixactsSoFar(databaseUrl)) - multixactsBefore;
        console.log(`  multixacts created: ${multixacts} (${(multixacts / Math.max(1, sent.length)).toFixed(2)} per command)`);
        console.log(`\n${await topStatements(databaseUrl, { count: sent.length, unit: 'cmd' })}\n`);
      }
      if (result.allPeers.p95 > o.stopAboveMs || result.late > 0 || stoppedEarly) {
        // Saturated: higher rates would only grow the queue. Let the backlog finish before counting what is stored.
        await room.settle(60);
        break;
      }
    }
    const after = await databaseCounters(databaseUrl);
    if (o.pgStatements) console.log(`\n${await tableWrites(databaseUrl)}\n`);
    const all = room.all();
    return {
      target,
      rates,
      peakRssBytes,
      idle,
      stored: await checkStored(databaseUrl, target, all),
      duplicateDeliveries: room.duplicateDeliveries,
      xactsPerCommand: (after.xacts - before.xacts) / all.length,
      insertedPerCommand: (after.inserted - before.inserted) / all.length,
      walBytesPerCommand: (after.walBytes - before.walBytes) / all.length,
      walFullPagesPerCommand: (after.walFullPages - before.walFullPages) / all.length,
    };
  } finally {
    room.close();
    await server.stop();
  }
}

/** `--cpu-prof <dir>`: each target's server writes its profile to its own folder in it. */
function profileDir(o: Options, target: Target): string | undefined {
  return o.cpuProfDir && path.join(o.cpuProfDir, target);
}

/** A process kind's share, e.g. "backend 1.20, autovacuum worker 0.10", largest first. */
function byKind(pg: PostgresCpu | null, per: number): string {
  if (!pg) return 'n/a';
  return Object.entries(pg.byKind)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `${kind} ${(ms / Math.max(1, per)).toFixed(2)}`)
    .join(', ');
}

/**
 * Every screen joined and nothing offered: what the server and PostgreSQL
 * spend per second on their own (beacons, presence, the adapter's
 * heartbeats, job polling, autovacuum), which a low rate pays per command.
 */
async function measureIdle(
  target: Target,
  o: Options,
  server: Awaited<ReturnType<typeof startServer>>,
  databaseUrl: string,
  dataDir: string,
): Promise<IdleResult> {
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // the joins' own work settles
  if (o.pgStatements) await resetStatements(databaseUrl);
  await server.stats(true);
  const pgBefore = postgresCpu(dataDir);
  await new Promise((resolve) => setTimeout(resolve, o.idleSeconds * 1000));
  const probe = await server.stats();
  const pg = postgresCpuSince(pgBefore, postgresCpu(dataDir));
  const idle: IdleResult = {
    seconds: o.idleSeconds,
    serverCpuMsPerSecond: probe.cpuMs / o.idleSeconds,
    postgresCpuMsPerSecond: (pg?.total ?? Number.NaN) / o.idleSeconds,
    statementsPerSecond: probe.statements / o.idleSeconds,
  };
  console.log(
    `  ${LABELS[target]} idle (${o.sessions * o.participants} screens joined, ${o.idleSeconds} s): server CPU ${idle.serverCpuMsPerSecond.toFixed(1)} ms/s, ` +
      `PostgreSQL ${idle.postgresCpuMsPerSecond.toFixed(1)} ms/s (${byKind(pg, o.idleSeconds)}), ${idle.statementsPerSecond.toFixed(1)} round trips/s`,
  );
  if (o.pgStatements) console.log(`\n${await topStatements(databaseUrl, { count: o.idleSeconds, unit: 's' })}\n`);
  return idle;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const watchdog = setTimeout(() => {
    console.error(`Benchmark aborted after ${o.deadlineSeconds} s (--deadline-s).`);
    process.exit(1);
  }, o.deadlineSeconds * 1000);
  watchdog.unref();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bench-pg-'));
  fs.chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres(dir, 'kring_bench', undefined, o.pgStatements ? PG_STATEMENTS_FLAGS : []);
  try {
    console.log(
      `Kring live benchmark (open loop), ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`,
    );
    await runMigrations(postgres.url);
    if (o.pgStatements) await enableStatements(postgres.url);
    const seats = (await seed(postgres.url, o.sessions, o.participants)).flat();
    const results: TargetResult[] = [];
    for (const target of o.targets) {
      console.log(`${LABELS[target]}…`);
      results.push(await runTarget(target, o, postgres.url, dir, seats));
    }
    console.log('');
    console.log(report(o, results));
    console.log(
      `\nLoad average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    const bad = results.filter((r) => r.duplicateDeliveries > 0 || (r.stored && (r.stored.lost > 0 || r.stored.duplicates > 0)));
    const line = results
      .filter((r) => r.stored)
      .map(
        (r) =>
          `${LABELS[r.target]}: ${r.stored!.storedOnce} of ${r.stored!.acked} acknowledged stored exactly once, ${r.stored!.lost} lost, ${r.stored!.duplicates} duplicates`,
      )
      .join('; ');
    console.log(`Stored rows read back — ${line || 'no storing target run'}.`);
    if (bad.length) process.exitCode = 1;
  } finally {
    await postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
