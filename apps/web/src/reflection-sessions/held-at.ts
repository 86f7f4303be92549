/**
 * When a session is shown as having taken place: the moment it was started, else (not held yet) its planned start. A
 * session held before its planned day is listed, reported and named in files by the day it was held.
 */
export function heldAt(session: { startedAt?: string | null; scheduledAt: string }): string {
  return session.startedAt ?? session.scheduledAt;
}
