import { timerRemainingSeconds, type LiveTimer } from '@kring/domain';
import { useEffect, useState } from 'react';
import { Button } from '../../ui/Button';
import { useRoom } from './live-room-context';
import { useTexts } from '../texts';

const EXTENSIONS_MINUTES = [1, 5] as const;

/** "12:05", or "+1:30" in overtime. */
export function formatClock(seconds: number): string {
  const abs = Math.abs(seconds);
  const clock = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
  return seconds < 0 ? `+${clock}` : clock;
}

/** Seconds left on the server-kept timer, recomputed every second while it runs. */
function useRemaining(timer: LiveTimer, clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timer.running, timer.startedAt]);
  return timerRemainingSeconds(timer, now + clockOffsetMs);
}

/**
 * The phase timer: the same time left on every screen, because each computes
 * it from the server's start time and clock. The timebox is a suggestion, so
 * overtime is shown, not enforced. The moderator's buttons for it are in the
 * moderator's bar (TimerControls), with the rest of the steering.
 */
export function SessionTimer({ clockOffsetMs }: { clockOffsetMs: number }) {
  const { t } = useTexts();
  const { state } = useRoom();
  const { timer } = state;
  const remaining = useRemaining(timer, clockOffsetMs);
  const overtime = remaining < 0;
  const minutes = Math.ceil(Math.abs(remaining) / 60);
  return (
    <div className={`timer${overtime ? ' timer--over' : ''}${timer.running ? '' : ' timer--paused'}`}>
      <p className="timer__clock" role="timer" aria-live="off" aria-label={t('sessions.live.timer.label')}>
        {formatClock(remaining)}
      </p>
      {/* The clock is not announced (it would speak every second); this line gives the state in words. */}
      <p className="timer__state">
        {timer.running
          ? overtime
            ? t('sessions.live.timer.overtime', { count: minutes })
            : t('sessions.live.timer.running', { count: minutes })
          : t('sessions.live.timer.paused')}
      </p>
    </div>
  );
}

/** The moderator starts and pauses the phase's time: the timer button the bar always shows, also folded on a phone. */
export function TimerToggle({ clockOffsetMs }: { clockOffsetMs: number }) {
  const { t } = useTexts();
  const { state, phase, send } = useRoom();
  const { timer } = state;
  const remaining = useRemaining(timer, clockOffsetMs);
  if (!state.viewer.isModerator || state.status !== 'live') return null;
  return timer.running ? (
    <Button variant="secondary" onClick={() => send({ type: 'timerPause', phaseId: phase.id })}>
      {t('sessions.live.timer.pause')}
    </Button>
  ) : (
    <Button onClick={() => send({ type: 'timerStart', phaseId: phase.id })}>
      {remaining === timer.durationSeconds ? t('sessions.live.timer.start') : t('sessions.live.timer.resume')}
    </Button>
  );
}

/** The moderator gives the phase more time (under "Meer" on a phone). */
export function TimerExtensions() {
  const { t } = useTexts();
  const { state, phase, send } = useRoom();
  if (!state.viewer.isModerator || state.status !== 'live') return null;
  return (
    <div className="button-row" role="group" aria-label={t('sessions.live.timer.controls')}>
      {EXTENSIONS_MINUTES.map((extra) => (
        <Button key={extra} variant="secondary" onClick={() => send({ type: 'timerExtend', phaseId: phase.id, seconds: extra * 60 })}>
          {t('sessions.live.timer.extend', { count: extra })}
        </Button>
      ))}
    </div>
  );
}
