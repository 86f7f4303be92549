/**
 * What the benchmark measures inside a server process: peak resident memory
 * (sampled every 50 ms) and, for Kring, the database statements it sends.
 * Statements are counted by wrapping node-pg's Client.prototype.query, which
 * every query of TypeORM and of the socket.io PostgreSQL adapter goes through
 * (pg_stat_statements is not available in the embedded PostgreSQL). NOTIFY
 * statements are the adapter's broadcasts; everything else is Kring's own.
 */
import { Client } from 'pg';

export interface ProbeStats {
  rssBytes: number;
  peakRssBytes: number;
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
    stats: () => ({ rssBytes: process.memoryUsage.rss(), peakRssBytes: Math.max(peak, process.memoryUsage.rss()), statements, notifies }),
    reset: () => {
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
