import fs from 'node:fs';
import path from 'node:path';

/** Clock ticks per second of /proc's times (USER_HZ): 100 on every Linux the bench runs on. */
const TICKS_PER_SECOND = 100;

/** PostgreSQL's processor time in ms: the total and by kind of process (backend, walwriter, autovacuum, …). */
export interface PostgresCpu {
  total: number;
  byKind: Record<string, number>;
}

/**
 * The kind of a PostgreSQL process from its title ("postgres: walwriter",
 * "postgres: kring kring_bench 127.0.0.1(5432) idle"): a connection's title
 * names its user, so everything that is not a known helper is a backend.
 */
function kindOf(pid: string): string {
  let title: string;
  try {
    title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return 'backend';
  }
  const helper =
    /^postgres: (checkpointer|background writer|walwriter|autovacuum launcher|autovacuum worker|logical replication launcher|walsummarizer|io worker)/.exec(
      title,
    );
  return helper ? helper[1] : 'backend';
}

/**
 * Processor time of the embedded PostgreSQL (the postmaster, its live
 * backends and the children it has reaped), in ms, from /proc, by kind of
 * process: a command that is one statement can still be a heavy one, and
 * work on a timer (autovacuum, the checkpointer) counts too. Children that
 * ended (autovacuum workers do, after each table) are in the postmaster's
 * `reaped` figure. Null where /proc is not there.
 */
export function postgresCpu(dataDir: string): PostgresCpu | null {
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const ticks: Record<string, number> = {};
    const add = (kind: string, value: number) => (ticks[kind] = (ticks[kind] ?? 0) + value);
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // ended in between
      }
      // Fields after the command name (which may hold spaces): state ppid … utime(14) stime(15) cutime(16) cstime(17).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      if (pid === postmaster) {
        add('postmaster', Number(fields[11]) + Number(fields[12]));
        add('reaped', Number(fields[13]) + Number(fields[14]));
      } else if (ppid === postmaster) add(kindOf(entry), Number(fields[11]) + Number(fields[12]));
    }
    const byKind = Object.fromEntries(Object.entries(ticks).map(([kind, t]) => [kind, (t * 1000) / TICKS_PER_SECOND]));
    return { total: Object.values(byKind).reduce((sum, ms) => sum + ms, 0), byKind };
  } catch {
    return null;
  }
}

/** What PostgreSQL spent between two readings, in ms, by kind (kinds present in either). */
export function postgresCpuSince(before: PostgresCpu | null, after: PostgresCpu | null): PostgresCpu | null {
  if (!before || !after) return null;
  const kinds = new Set([...Object.keys(before.byKind), ...Object.keys(after.byKind)]);
  // A backend that ended in between moves from its own figure to `reaped`, so per kind only the sum is exact.
  const byKind = Object.fromEntries([...kinds].map((k) => [k, (after.byKind[k] ?? 0) - (before.byKind[k] ?? 0)]));
  return { total: after.total - before.total, byKind };
}
