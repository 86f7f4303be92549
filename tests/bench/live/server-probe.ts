/**
 * What the benchmark measures inside a server process: peak resident memory
 * (the kernel's high-water mark, so nothing samples it), processor time, how long the event loop was blocked
 * (perf_hooks.monitorEventLoopDelay: a stall shows as a p99 / max far above
 * the 10 ms resolution, steady overload as a high p50) and, for Kring, the
 * database statements it sends.
 * Round trips are counted by wrapping node-pg's Client.prototype.query, which
 * every query of TypeORM and of the socket.io PostgreSQL adapter goes through (a group of statements that Kring's
 * group commit sends together is one query, so one round trip)
 * (what each statement costs in the database: `--pg-statements`). NOTIFY
 * statements are the adapter's broadcasts; everything else is Kring's own.
 */
import { createRequire } from 'node:module';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Client } from 'pg';
import { Socket as TopSocket } from 'socket.io';
import { percentiles, Percentiles } from './stats';

export interface ProbeStats {
  rssBytes: number;
  /** The process's highest resident memory so far (getrusage's maxrss). */
  peakRssBytes: number;
  /** Processor time used by the server process (user + system) since the last reset. */
  cpuMs: number;
  statements: number;
  notifies: number;
  /** Event-loop delay over the window, ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** Garbage-collection pauses over the window, ms: the longest and their sum (a stall from GC shows here). */
  gc: { max: number; total: number };
  /** Of those, the full (mark-compact) collections: how many, the longest and their sum, ms. */
  majorGc: { count: number; max: number; total: number };
  /** And the scavenges of the young generation (how many, their sum, ms): fewer with a larger `--max-semi-space-size`. */
  minorGc: { count: number; total: number };
  /**
   * In the server, from a message read off its socket to its ack handed to socket.io (ms): what of the ack's latency
   * the server's own handling is, the rest being the transport and the bench's clients.
   */
  inServer: Percentiles;
}

export interface Probe {
  stats(): ProbeStats;
  reset(): void;
}

export function installProbe(countQueries: boolean): Probe {
  let statements = 0;
  let notifies = 0;
  let cpuStart = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let gc = { max: 0, total: 0 };
  let majorGc = { count: 0, max: 0, total: 0 };
  let minorGc = { count: 0, total: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc = { max: Math.max(gc.max, entry.duration), total: gc.total + entry.duration };
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        majorGc = { count: majorGc.count + 1, max: Math.max(majorGc.max, entry.duration), total: majorGc.total + entry.duration };
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) minorGc = { count: minorGc.count + 1, total: minorGc.total + entry.duration };
    }
  }).observe({ entryTypes: ['gc'] });
  let spans: number[] = [];
  timeAcks((ms) => spans.push(ms));
  if (countQueries) {
    const query = Client.prototype.query;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string };
      const text = typeof config === 'string' ? config : (config?.text ?? '');
      if (/^\s*(NOTIFY|SELECT pg_notify)/i.test(text)) notifies++;
      else statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  }
  return {
    stats: () => {
      const cpu = process.cpuUsage(cpuStart);
      return {
        rssBytes: process.memoryUsage.rss(),
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        cpuMs: (cpu.user + cpu.system) / 1000,
        statements,
        notifies,
        loopDelay: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
        gc,
        majorGc,
        minorGc,
        inServer: percentiles(spans),
      };
    },
    reset: () => {
      cpuStart = process.cpuUsage();
      statements = 0;
      notifies = 0;
      loop.reset();
      gc = { max: 0, total: 0 };
      majorGc = { count: 0, max: 0, total: 0 };
      minorGc = { count: 0, total: 0 };
      spans = [];
    },
  };
}

/**
 * socket.io makes a message's ack function when it reads the message (Socket.prototype.ack, called from onevent) and
 * sends the ack when the handler calls it: wrapping it times the server's handling of every acked message. Kring's
 * server is Nest's copy of socket.io, the baselines' the top-level one; both are wrapped.
 */
function timeAcks(record: (ms: number) => void): void {
  const nests = createRequire(require.resolve('@nestjs/platform-socket.io'));
  const nested = (nests('socket.io') as { Socket: typeof TopSocket }).Socket;
  for (const Socket of new Set([TopSocket, nested])) {
    const proto = Socket.prototype as unknown as { ack(id: number): (...args: unknown[]) => void };
    const ack = proto.ack;
    proto.ack = function (this: unknown, id: number) {
      const read = performance.now();
      const send = ack.call(this, id);
      let timed = false;
      return (...args: unknown[]) => {
        if (!timed) record(performance.now() - read);
        timed = true;
        send(...args);
      };
    };
  }
}

/** The parent asks over IPC: 'stats' or 'reset'; the child answers with its stats. */
export function answerProbe(probe: Probe): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') probe.reset();
    process.send?.({ type: 'stats', stats: probe.stats() });
  });
  process.on('disconnect', () => process.exit(0));
}
