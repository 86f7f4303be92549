import type { Sent } from './open-loop';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentile; what never arrived counts as infinitely late, so it shows in the tail instead of vanishing. */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN);
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export interface RateResult {
  rate: number;
  sent: number;
  /** Acked per second over the window, from the first due time to the last ack. */
  achieved: number;
  ack: Percentiles;
  /** Of the ack's latency, the server's own handling: from reading the message to handing over its ack (server-probe.ts). */
  inServer: Percentiles;
  allPeers: Percentiles;
  echo: Percentiles;
  /** Not acked, or not at every peer, by the end of the drain time. */
  late: number;
  failed: number;
  stoppedEarly: boolean;
  cpuMsPerCommand: number;
  /** The embedded PostgreSQL's processor time per command (NaN without /proc). */
  postgresCpuMsPerCommand: number;
  /**
   * The bench's own processor time per command: its 1,000 clients receiving every delivery, on the same cores as
   * the server and PostgreSQL (on a real team's laptops and phones, not on the server).
   */
  clientsCpuMsPerCommand: number;
  statementsPerCommand: number;
  notifiesPerCommand: number;
  /** The server's event-loop delay over the window (ms): p99 and max. */
  loopDelay: { p99: number; max: number };
  /** Garbage-collection pauses in the server over the window (ms): the longest and their sum. */
  gc: { max: number; total: number };
}

const since = (s: Sent, at: number | undefined) => (at === undefined ? Number.POSITIVE_INFINITY : at - s.dueAt);

export function summarise(
  rate: number,
  sent: Sent[],
  stoppedEarly: boolean,
  probe: {
    cpuMs: number;
    postgresCpuMs: number;
    clientsCpuMs: number;
    statements: number;
    notifies: number;
    loopDelay: { p99: number; max: number };
    gc: { max: number; total: number };
    inServer: Percentiles;
  },
): RateResult {
  const ok = sent.filter((s) => !s.failed);
  const lastAck = Math.max(...ok.map((s) => s.ackAt ?? 0));
  const first = sent[0]?.dueAt ?? 0;
  const acked = ok.filter((s) => s.ackAt !== undefined).length;
  return {
    rate,
    sent: sent.length,
    achieved: acked / Math.max(0.001, (lastAck - first) / 1000),
    ack: percentiles(ok.map((s) => since(s, s.ackAt))),
    inServer: probe.inServer,
    allPeers: percentiles(ok.map((s) => since(s, s.allAt))),
    echo: percentiles(ok.map((s) => since(s, s.echoAt))),
    late: ok.filter((s) => s.ackAt === undefined || s.allAt === undefined).length,
    failed: sent.length - ok.length,
    stoppedEarly,
    cpuMsPerCommand: probe.cpuMs / Math.max(1, sent.length),
    postgresCpuMsPerCommand: probe.postgresCpuMs / Math.max(1, sent.length),
    clientsCpuMsPerCommand: probe.clientsCpuMs / Math.max(1, sent.length),
    statementsPerCommand: probe.statements / Math.max(1, sent.length),
    notifiesPerCommand: probe.notifies / Math.max(1, sent.length),
    loopDelay: { p99: probe.loopDelay.p99, max: probe.loopDelay.max },
    gc: probe.gc,
  };
}

/**
 * Per `binMs` of the window (by due time): the p50 and p95 until every peer had it. A window's p95 can hide whether
 * the tail came from the step to a new rate (a backlog at the start that drains) or stayed throughout.
 */
export function timeline(sent: Sent[], binMs: number): Percentiles[] {
  const first = sent[0]?.dueAt ?? 0;
  const bins: number[][] = [];
  for (const s of sent.filter((x) => !x.failed)) (bins[Math.floor((s.dueAt - first) / binMs)] ??= []).push(since(s, s.allAt));
  return Array.from(bins, (values) => percentiles(values ?? []));
}

/** The knee: the highest offered rate whose p95 until every peer has it stayed under 100 ms (and nothing was late or refused). */
export const KNEE_MS = 100;
export function knee(results: RateResult[]): number | undefined {
  const good = results.filter((r) => r.allPeers.p95 < KNEE_MS && r.late === 0 && r.failed === 0 && !r.stoppedEarly);
  return good.length ? Math.max(...good.map((r) => r.rate)) : undefined;
}
