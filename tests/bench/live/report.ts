import type { Options, Target } from './options';
import { knee, KNEE_MS, Percentiles, RateResult } from './stats';
import type { StoredCheck } from './stored';

/** The window with every screen joined and nothing offered. */
export interface IdleResult {
  seconds: number;
  serverCpuMsPerSecond: number;
  postgresCpuMsPerSecond: number;
  statementsPerSecond: number;
}

export interface TargetResult {
  target: Target;
  rates: RateResult[];
  peakRssBytes: number;
  idle: IdleResult;
  stored?: StoredCheck;
  duplicateDeliveries: number;
  /** pg_stat_database over the whole target run (warm-up included), per contribution sent. */
  xactsPerCommand: number;
  insertedPerCommand: number;
  /** pg_stat_wal over the same run, per contribution sent. */
  walBytesPerCommand: number;
  walFullPagesPerCommand: number;
}

export const LABELS: Record<Target, string> = {
  kring: 'Kring',
  bare: 'bare socket.io',
  adapter: 'bare + PostgreSQL adapter',
  durable: 'bare + adapter + durable INSERT',
};

const n = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '∞');
const trio = (p: Percentiles) => `${n(p.p50)} / ${n(p.p95)} / ${n(p.p99)}`;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const table = (rows: string[][]) =>
  rows.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${row.map(() => '---').join('|')}|` : ''}`).join('\n');

/** Markdown tables, so a run can go into docs/bench-live.md as printed. */
export function report(o: Options, results: TargetResult[]): string {
  const out: string[] = [];
  out.push(
    `Open loop: ${o.sessions} sessions × ${o.participants} participants, ${o.seconds} s per offered rate after a ${o.warmupSeconds} s warm-up at ${o.warmupRate} /s; ` +
      `latencies in ms from the moment a contribution was due (p50 / p95 / p99); ∞ = not there within ${o.drainSeconds} s.`,
  );
  for (const r of results) {
    out.push('', `### ${LABELS[r.target]}`, '');
    out.push(
      table([
        [
          'offered /s',
          'sent',
          'acked /s',
          'ack',
          'in the server: message read → ack',
          'every peer has it',
          'sender sees its echo',
          'late',
          'CPU ms / cmd',
          'PostgreSQL CPU ms / cmd',
          'bench clients CPU ms / cmd',
          'round trips / cmd',
          'event-loop delay p99 / max',
          'GC pause max / total',
        ],
        ...r.rates.map((x) => [
          String(x.rate) + (x.stoppedEarly ? ' (stopped: overloaded)' : ''),
          String(x.sent),
          n(x.achieved),
          trio(x.ack),
          trio(x.inServer),
          trio(x.allPeers),
          trio(x.echo),
          String(x.late + x.failed),
          x.cpuMsPerCommand.toFixed(2),
          x.postgresCpuMsPerCommand.toFixed(2),
          x.clientsCpuMsPerCommand.toFixed(2),
          `${x.statementsPerCommand.toFixed(1)} + ${x.notifiesPerCommand.toFixed(1)} NOTIFY`,
          `${n(x.loopDelay.p99)} / ${n(x.loopDelay.max)}`,
          `${n(x.gc.max)} / ${n(x.gc.total)}`,
        ]),
      ]),
    );
  }
  const by = new Map(results.map((r) => [r.target, r]));
  const p95 = (t: Target, rate: number) => by.get(t)?.rates.find((x) => x.rate === rate)?.allPeers.p95 ?? Number.NaN;
  const targets = results.map((r) => r.target);
  const baselines = targets.filter((t) => t !== 'kring');
  out.push('', `### p95 until every peer has it (ms), and Kring against each baseline`, '');
  out.push(
    table([
      ['offered /s', ...targets.map((t) => LABELS[t]), ...(by.has('kring') ? baselines.map((t) => `Kring ÷ ${LABELS[t]}`) : [])],
      ...o.rates.map((rate) => [
        String(rate),
        ...targets.map((t) => (by.get(t)?.rates.some((x) => x.rate === rate) ? n(p95(t, rate)) : 'not run (saturated)')),
        ...(by.has('kring') ? baselines.map((t) => ratio(p95('kring', rate), p95(t, rate))) : []),
      ]),
    ]),
  );
  out.push('', '### Per target', '');
  out.push(
    table([
      ['', ...targets.map((t) => LABELS[t])],
      [
        `knee (highest rate with p95 < ${KNEE_MS} ms)`,
        ...results.map((r) => (knee(r.rates) === undefined ? 'none' : `${knee(r.rates)} /s`)),
      ],
      ['peak server memory (RSS)', ...results.map((r) => `${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB`)],
      ['server CPU ms / command (all rates)', ...results.map((r) => weighted(r.rates, (x) => x.cpuMsPerCommand).toFixed(2))],
      ['PostgreSQL CPU ms / command (all rates)', ...results.map((r) => weighted(r.rates, (x) => x.postgresCpuMsPerCommand).toFixed(2))],
      [
        'database round trips / command (node-pg probe)',
        ...results.map(
          (r) =>
            `${weighted(r.rates, (x) => x.statementsPerCommand).toFixed(2)} + ${weighted(r.rates, (x) => x.notifiesPerCommand).toFixed(2)} NOTIFY`,
        ),
      ],
      [
        'idle, every screen joined: server / PostgreSQL CPU ms per s, round trips per s',
        ...results.map(
          (r) =>
            `${r.idle.serverCpuMsPerSecond.toFixed(1)} / ${r.idle.postgresCpuMsPerSecond.toFixed(1)} ms/s, ${r.idle.statementsPerSecond.toFixed(1)} /s`,
        ),
      ],
      ['transactions / command (pg_stat_database)', ...results.map((r) => r.xactsPerCommand.toFixed(2))],
      ['rows inserted / command (pg_stat_database)', ...results.map((r) => r.insertedPerCommand.toFixed(2))],
      [
        'write-ahead log / command (pg_stat_wal): bytes, full-page images',
        ...results.map((r) => `${Math.round(r.walBytesPerCommand)} B, ${r.walFullPagesPerCommand.toFixed(2)}`),
      ],
      ['duplicate deliveries to a screen', ...results.map((r) => String(r.duplicateDeliveries))],
      [
        'stored: acked / once / lost / duplicates',
        ...results.map((r) =>
          r.stored ? `${r.stored.acked} / ${r.stored.storedOnce} / ${r.stored.lost} / ${r.stored.duplicates}` : 'stores nothing',
        ),
      ],
    ]),
  );
  const kringKnee = by.get('kring') && knee(by.get('kring')!.rates);
  const durableKnee = by.get('durable') && knee(by.get('durable')!.rates);
  if (by.has('kring') && by.has('durable')) {
    // Judged on the unrounded figures: the tables' 1.5× may be 1.54×.
    const low = p95('kring', 100) / p95('durable', 100);
    const kneeMet = kringKnee !== undefined && kringKnee >= 800 && (durableKnee === undefined || kringKnee >= 0.7 * durableKnee);
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    const lowGoal = Number.isFinite(low)
      ? `${p95('kring', 100).toFixed(2)} / ${p95('durable', 100).toFixed(2)} ms = ${low.toFixed(2)}× (${verdict(low <= 1.5)})`
      : 'not measured (no 100 /s window in this run)';
    out.push(
      '',
      `Goals (issue #16): at 100 /s Kring's p95 ≤ 1.5× the durable baseline's: ${lowGoal}; ` +
        `knee ≥ 0.7× the durable baseline's (${durableKnee ?? 'none'}) and ≥ 800 /s: ${kringKnee ?? 'none'} (${verdict(kneeMet)}).`,
    );
  }
  return out.join('\n');
}

function weighted(rates: RateResult[], value: (r: RateResult) => number): number {
  const total = rates.reduce((sum, r) => sum + r.sent, 0);
  return total ? rates.reduce((sum, r) => sum + value(r) * r.sent, 0) / total : Number.NaN;
}
