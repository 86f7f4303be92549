/**
 * What the benchmark measures inside a server process: peak resident memory
 * (sampled every 50 ms), processor time and, for Kring, the database statements it sends.
 * Statements are counted by wrapping node-pg's Client.prototype.query, which
 * every query of TypeORM and of the socket.io PostgreSQL adapter goes through
 * (pg_stat_statements is not available in the embedded PostgreSQL). NOTIFY
 * statements are the adapter's broadcasts; everything else is Kring's own.
 */
import { Client } from 'pg';

export interface ProbeStats {
  rssBytes: number;
  peakRssBytes: number;
  /** Processor time used by the server process (user + system) since the last reset. */
  cpuMs: number;
  statements: number;
  notifies: number;
}

export interface Probe {
  stats(): ProbeStats;
  reset(): void;
}

export function installProbe(countQueries: boolean): Probe {
  let peak = process.memoryUsage.rss();
  let statements = 0;
  let notifies = 0;
  let cpuStart = process.cpuUsage();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  sampler.unref();
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
        peakRssBytes: Math.max(peak, process.memoryUsage.rss()),
        cpuMs: (cpu.user + cpu.system) / 1000,
        statements,
        notifies,
      };
    },
    reset: () => {
      cpuStart = process.cpuUsage();
      statements = 0;
      notifies = 0;
      peak = process.memoryUsage.rss();
    },
  };
}

/** The parent asks over IPC: 'stats' or 'reset'; the child answers with its stats. */
export function answerProbe(probe: Probe): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') probe.reset();
    process.send?.({ type: 'stats', stats: probe.stats() });
  });
  process.on('disconnect', () => process.exit(0));
}
