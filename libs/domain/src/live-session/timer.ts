import { MethodPhase } from '../methods/types';
import { LiveTimer } from './types';

/**
 * The server-kept phase timer. The server applies these transitions and
 * stores the result; screens only read it with timerRemainingSeconds, using
 * server time (their own clock corrected by serverClockOffsetMs), so every
 * screen in the room shows the same time left.
 */

/** The phase's default timebox, not running. */
export function freshTimer(phase: MethodPhase): LiveTimer {
  const seconds = phase.defaultMinutes * 60;
  return { phaseId: phase.id, durationSeconds: seconds, running: false, startedAt: null, remainingSeconds: seconds };
}

/** Whole seconds left at `nowMs` (server time); negative when the timebox is over (overtime). */
export function timerRemainingSeconds(timer: LiveTimer, nowMs: number): number {
  if (!timer.running || !timer.startedAt) return timer.remainingSeconds;
  const elapsed = Math.floor((nowMs - Date.parse(timer.startedAt)) / 1000);
  return timer.remainingSeconds - Math.max(0, elapsed);
}

/** Starts or resumes; with `durationSeconds` it starts a fresh timebox of that length. */
export function startTimer(timer: LiveTimer, nowMs: number, durationSeconds?: number): LiveTimer {
  const at = new Date(nowMs).toISOString();
  if (durationSeconds !== undefined) {
    return { ...timer, durationSeconds, running: true, startedAt: at, remainingSeconds: durationSeconds };
  }
  return { ...timer, running: true, startedAt: at, remainingSeconds: timerRemainingSeconds(timer, nowMs) };
}

export function pauseTimer(timer: LiveTimer, nowMs: number): LiveTimer {
  if (!timer.running) return timer;
  return { ...timer, running: false, startedAt: null, remainingSeconds: timerRemainingSeconds(timer, nowMs) };
}

/** Adds time to the timebox and to what is left, running or not. */
export function extendTimer(timer: LiveTimer, seconds: number): LiveTimer {
  return { ...timer, durationSeconds: timer.durationSeconds + seconds, remainingSeconds: timer.remainingSeconds + seconds };
}

/**
 * How far the server clock is ahead of this screen's clock, from a server
 * timestamp received at `receivedAtMs` (this screen's clock). Add it to
 * Date.now() before calling timerRemainingSeconds.
 */
export function serverClockOffsetMs(serverTime: string, receivedAtMs: number): number {
  return Date.parse(serverTime) - receivedAtMs;
}
