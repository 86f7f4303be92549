import { LiveEvent, LiveEventBody } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { recordChange } from '../../../engine/live/room-version';
import { SESSION_ROOM } from './session-room';

/**
 * Records one stored change of a session made outside a live command
 * (planning, harvest): bumps `reflection_session.version` inside the caller's
 * transaction and returns the event to publish once it has committed. The
 * event's time is the database clock after the lock: one clock for every API
 * process, in version order.
 */
export async function bumpVersion(manager: EntityManager, sessionId: string, body: LiveEventBody): Promise<LiveEvent> {
  const bumped = await recordChange(manager, SESSION_ROOM, sessionId, null);
  return sessionEvent(sessionId, body, bumped);
}

export function sessionEvent(sessionId: string, body: LiveEventBody, bumped: { version: number; at: Date }): LiveEvent {
  return { ...body, sessionId, version: bumped.version, at: bumped.at.toISOString() } as LiveEvent;
}
