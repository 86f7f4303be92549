import { LIVE_SOCKET_EVENTS, LiveEvent, LiveEventBody, sessionRoom } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { Delivery } from '../../../engine/live/room-kind';
import { personRoom } from '../../../engine/realtime/live-connections';
import { SESSION_ROOM } from './session-room';

/** A person's screens in one session's room: where what only they may see yet is sent. */
export function viewerRoom(sessionId: string, personId: string): string {
  return `${sessionRoom(sessionId)}:person:${personId}`;
}

/**
 * A case-room event goes to everyone in the room: events carry no
 * viewer-specific data. With `onlyFor`, the event reaches that person's
 * screens and every other screen gets `othersSee` (what they may know of the
 * change: a dot on an anonymous entry as its count) or else an
 * `unseenChange`, of the same version, so no one waits for a gap and no one
 * learns what is still private.
 */
export function sessionDeliveries(event: LiveEvent, onlyFor?: string, othersSee?: LiveEventBody): Delivery<LiveEvent>[] {
  const room = sessionRoom(event.sessionId);
  if (!onlyFor) return [{ to: [room], event }];
  const own = viewerRoom(event.sessionId, onlyFor);
  const others: LiveEvent = {
    ...(othersSee ?? { type: 'unseenChange' }),
    sessionId: event.sessionId,
    version: event.version,
    at: event.at,
  };
  return [
    { to: [own], event },
    { to: [room], except: [own], event: others },
  ];
}

/**
 * What GraphQL mutations that change what the room shows (planning details,
 * harvest, practice reviews) publish, through the live-room kit's one emit path.
 */
@Injectable()
export class LiveBroadcaster {
  constructor(private readonly rooms: LiveRooms) {}

  /** Only after the change is committed: an event promises that it is stored. */
  publish(event: LiveEvent | null): void {
    if (event) this.rooms.deliver(LIVE_SOCKET_EVENTS.event, sessionDeliveries(event));
  }

  /** People taken off the plan leave the room at once, on every API process (each socket is in its person's room). */
  removeFromRoom(sessionId: string, personIds: readonly string[]): void {
    this.rooms.takeOut(personIds.map(personRoom), [SESSION_ROOM.room(sessionId)]);
  }
}
