import { LiveTimer, Method, SessionRole, SessionStatus } from '@kring/domain';

/** A reflection_session row as node-pg returns it (bigint version as text). */
export interface SessionRow {
  id: string;
  organisation_id: string;
  team_id: string | null;
  title: string;
  method_id: string;
  method_version: number;
  method_snapshot: Method;
  case_id: string | null;
  lens_ids: string[];
  scheduled_at: Date;
  duration_minutes: number;
  place: string;
  moderator_id: string;
  status: SessionStatus;
  current_phase_index: number;
  timer_phase_id: string | null;
  timer_duration_seconds: number;
  timer_started_at: Date | null;
  timer_remaining_seconds: number;
  vote_budget: number;
  one_screen: boolean;
  version: string;
  started_at: Date | null;
  ended_at: Date | null;
  report_approved_at: Date | null;
  report_approved_by: string | null;
  created_by: string | null;
  created_at: Date;
}

/** A session row read for someone, with their place in it (null: not invited). */
export interface ViewedSessionRow extends SessionRow {
  viewer_role: SessionRole | null;
}

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
