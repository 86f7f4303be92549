import { createRequire } from 'node:module';
import { CronWindow, installCronWindow } from './cron-window';

const fromPgBoss = createRequire(require.resolve('pg-boss'));
const cronParser = fromPgBoss('cron-parser') as {
  parseExpression(cron: string, options: { tz: string; currentDate: Date }): { prev(): { getTime(): number } };
};
const Timekeeper = fromPgBoss('./timekeeper') as { prototype: { shouldSendIt(cron: string, tz: string): boolean } };

const TZ = 'Europe/Amsterdam';
// Kring's own two and a nightly one. (A time the clock skips, 02:30 on the last Sunday of March, differs on that one
// night: pg-boss skips the run, CronWindow runs it at 03:30; see cron-window.ts.)
const SCHEDULES = ['*/5 * * * *', '17 * * * *', '0 3 * * *'];

/** pg-boss 10.4's own answer (timekeeper.js shouldSendIt): the schedule's previous time lies less than 60 s back. */
function pgBossAnswer(cron: string, now: number): boolean {
  const previous = cronParser
    .parseExpression(cron, { tz: TZ, currentDate: new Date(now) })
    .prev()
    .getTime();
  return (now - previous) / 1000 < 60;
}

/** The clock's checks, every 30 s (with a few seconds' jitter) from `start` for `hours`. */
function checks(start: string, hours: number): number[] {
  const times: number[] = [];
  for (let t = Date.parse(start); t < Date.parse(start) + hours * 3_600_000; t += 30_000 + ((times.length * 7_919) % 4_000)) times.push(t);
  return times;
}

describe('the job queue clock (CronWindow)', () => {
  // Nights (the daily schedules run at night): an ordinary one and both the Dutch clock changes (02:00 -> 03:00 on 29 March, 03:00 -> 02:00 on 25 October 2026).
  it.each(['2026-12-03T00:30:00Z', '2026-03-29T00:30:00Z', '2026-10-25T00:30:00Z'])(
    'says "send it" exactly when pg-boss itself would, checking every 30 s (from %s)',
    (start) => {
      for (const cron of SCHEDULES) {
        const window = new CronWindow();
        const times = checks(start, 2);
        const ours = times.filter((t) => window.firedWithin(cron, TZ, t)).map((t) => new Date(t).toISOString());
        const theirs = times.filter((t) => pgBossAnswer(cron, t)).map((t) => new Date(t).toISOString());
        expect({ cron, sent: ours }).toEqual({ cron, sent: theirs });
        expect(theirs.length).toBeGreaterThan(0);
      }
    },
  );

  it('computes a schedule once per run instead of at every check (what blocked the event loop for ~250 ms every 30 s)', () => {
    const spy = jest.spyOn(cronParser, 'parseExpression');
    try {
      const window = new CronWindow();
      const times = checks('2026-12-03T10:00:00Z', 1);
      for (const t of times) window.firedWithin('*/5 * * * *', TZ, t);
      // 120 checks in the hour, 12 runs of the schedule: one computation per run, plus the first.
      expect(times.length).toBeGreaterThanOrEqual(110);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(13);
    } finally {
      spy.mockRestore();
    }
  });

  it("replaces pg-boss's check, which a pg-boss upgrade must keep (or this file must follow)", () => {
    installCronWindow();
    installCronWindow();
    expect(Timekeeper.prototype.shouldSendIt.name).toBe('firedRecently');
    const clock = Object.assign(Object.create(Timekeeper.prototype) as typeof Timekeeper.prototype, { clockSkew: 0 });
    expect(clock.shouldSendIt('* * * * *', TZ)).toBe(true);
  });
});
