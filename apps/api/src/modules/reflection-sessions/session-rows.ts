import { LiveTimer, Method, SessionRole } from '@kring/domain';
import { ReflectionSessionRow } from '../../engine/database/tables.generated';

/** A reflection_session row as node-pg returns it, with the method snapshot's shape (jsonb in the table). */
export type SessionRow = Omit<ReflectionSessionRow, 'method_snapshot'> & { method_snapshot: Method };

/** A session row read for someone, with their place in it (null: not invited). */
export type ViewedSessionRow = SessionRow & { viewer_role: SessionRole | null };

export function timerOf(row: SessionRow): LiveTimer {
  const phase = row.method_snapshot.phases[row.current_phase_index];
  return {
    phaseId: row.timer_phase_id ?? phase?.id ?? '',
    durationSeconds: row.timer_duration_seconds,
    running: row.timer_started_at !== null,
    startedAt: row.timer_started_at?.toISOString() ?? null,
    remainingSeconds: row.timer_remaining_seconds,
  };
}

/** Column values for a timer, in the order of TIMER_SET ($2…$5). */
export function timerValues(timer: LiveTimer): [string, number, string | null, number] {
  return [timer.phaseId, timer.durationSeconds, timer.running ? timer.startedAt : null, timer.remainingSeconds];
}

export const TIMER_SET = `timer_phase_id = $2, timer_duration_seconds = $3, timer_started_at = $4, timer_remaining_seconds = $5`;
