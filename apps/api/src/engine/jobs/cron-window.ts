import { createRequire } from 'node:module';

// cron-parser as pg-boss itself loads it (its own dependency, same version), and pg-boss's clock.
const fromPgBoss = createRequire(require.resolve('pg-boss'));
const cronParser = fromPgBoss('cron-parser') as {
  parseExpression(cron: string, options: { tz: string; currentDate: Date }): { next(): { getTime(): number } };
};
const Timekeeper = fromPgBoss('./timekeeper') as { prototype: Record<string, unknown> & { clockSkew?: number } };

/** pg-boss's question: did the schedule have a time in the last minute? (It sends the job then, once per minute by a singleton key.) */
const WINDOW_MS = 60_000;

/**
 * Answers pg-boss's every-30-seconds question about each schedule from a cached time.
 *
 * pg-boss (10.4) asks cron-parser for the schedule's previous time on every check, and in a time zone
 * (Europe/Amsterdam) that walks back minute by minute through luxon: 120–400 ms of blocked event loop every
 * 30 s for each schedule, which a page request or a live room then waits for (issue #10's flood bench). Here the
 * first time after the window's start is computed once (`next()`, about 1 ms) and reused until it has passed:
 * one short computation per run of the schedule instead of a long one per check. The answers are pg-boss's, but for a
 * time the clock skips (02:30 on the night summer time starts): pg-boss skips that day's run, this runs it at 03:30.
 */
export class CronWindow {
  private readonly due = new Map<string, number>();

  /** Whether `cron` (wall-clock time in `tz`) has a time in the minute before `now` (ms), as pg-boss's shouldSendIt. */
  firedWithin(cron: string, tz: string, now: number): boolean {
    const key = `${tz} ${cron}`;
    let due = this.due.get(key);
    if (due === undefined || due <= now - WINDOW_MS) {
      due = cronParser
        .parseExpression(cron, { tz, currentDate: new Date(now - WINDOW_MS) })
        .next()
        .getTime();
      this.due.set(key, due);
    }
    return due < now;
  }
}

/**
 * Makes pg-boss's clock ask a CronWindow instead of cron-parser's prev(). Fails at start, not silently, when a
 * pg-boss upgrade renames what is replaced here (cron-window.spec.ts checks it too).
 */
export function installCronWindow(): void {
  if (typeof Timekeeper.prototype.shouldSendIt !== 'function')
    throw new Error('pg-boss Timekeeper.shouldSendIt is gone: see engine/jobs/cron-window.ts');
  if (Timekeeper.prototype.shouldSendIt.name === 'firedRecently') return;
  const window = new CronWindow();
  Timekeeper.prototype.shouldSendIt = function firedRecently(this: { clockSkew?: number }, cron: string, tz: string): boolean {
    // pg-boss compares with the database's clock: this process's plus the skew it measured.
    return window.firedWithin(cron, tz, Date.now() + (this.clockSkew ?? 0));
  };
}
