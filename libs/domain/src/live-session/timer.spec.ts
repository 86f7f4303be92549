import { INCIDENT_METHOD } from '../methods/shipped/incident-method';
import { extendTimer, freshTimer, pauseTimer, serverClockOffsetMs, startTimer, timerRemainingSeconds } from './timer';

const T0 = Date.parse('2026-03-02T19:00:00.000Z');
const phase = INCIDENT_METHOD.phases[1]; // feitenvragen, 15 minutes

describe('the server-kept timer', () => {
  it('starts from the phase default and counts down from its start', () => {
    const timer = startTimer(freshTimer(phase), T0);
    expect(timer).toEqual({
      phaseId: phase.id,
      durationSeconds: 900,
      running: true,
      startedAt: '2026-03-02T19:00:00.000Z',
      remainingSeconds: 900,
    });
    expect(timerRemainingSeconds(timer, T0 + 60_500)).toBe(840);
  });

  it('pauses with the time left, resumes from there, and shows overtime as negative', () => {
    const paused = pauseTimer(startTimer(freshTimer(phase), T0), T0 + 100_000);
    expect(paused).toMatchObject({ running: false, startedAt: null, remainingSeconds: 800 });
    expect(timerRemainingSeconds(paused, T0 + 999_000)).toBe(800);
    expect(pauseTimer(paused, T0 + 999_000)).toBe(paused);
    const resumed = startTimer(paused, T0 + 200_000);
    expect(timerRemainingSeconds(resumed, T0 + 1_100_000)).toBe(-100);
  });

  it('extends both the timebox and the time left, and can restart with a fresh length', () => {
    const running = startTimer(freshTimer(phase), T0);
    const extended = extendTimer(running, 300);
    expect(extended).toMatchObject({ durationSeconds: 1200, remainingSeconds: 1200, running: true });
    expect(timerRemainingSeconds(extended, T0 + 1_000_000)).toBe(200);
    expect(startTimer(extended, T0 + 5_000, 60)).toMatchObject({
      durationSeconds: 60,
      remainingSeconds: 60,
      startedAt: '2026-03-02T19:00:05.000Z',
    });
  });

  it('lets every screen compute the same time from server time', () => {
    const timer = startTimer(freshTimer(phase), T0);
    // A screen whose clock runs 7 seconds behind corrects with the offset from serverNow.
    const offset = serverClockOffsetMs('2026-03-02T19:01:00.000Z', T0 + 53_000);
    expect(offset).toBe(7_000);
    expect(timerRemainingSeconds(timer, T0 + 53_000 + offset)).toBe(840);
  });
});
