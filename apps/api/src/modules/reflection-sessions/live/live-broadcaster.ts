import { LIVE_SOCKET_EVENTS, LiveEvent, sessionRoom } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { Delivery } from '../../../engine/live/room-kind';
import { personRoom } from '../../../engine/realtime/live-connections';
import { SESSION_ROOM } from './session-room';

/** A case-room event goes to everyone in the room: events carry no viewer-specific data. */
export function sessionDeliveries(event: LiveEvent): Delivery<LiveEvent>[] {
  return [{ to: [sessionRoom(event.sessionId)], event }];
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
    this.rooms.removePeople(SESSION_ROOM, sessionId, personIds.map(personRoom));
  }
}
