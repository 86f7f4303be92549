import { MIRROR_SOCKET_EVENTS, MirrorEvent } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LiveRooms } from '../../../engine/live/live-rooms';
import { recordChange } from '../../../engine/live/room-version';
import { consolesTakenOff } from './mirror-audience';
import { MIRROR_ROOM } from './mirror-room';

/**
 * Tells a conversation's room, on every API process, that something changed
 * outside the live room (planning, consent, harvest), through the live-room
 * kit's one emit path. A `refresh` carries no content: each screen fetches
 * its own snapshot, since what changed may reach each screen differently.
 */
@Injectable()
export class MirrorBroadcaster {
  constructor(private readonly rooms: LiveRooms) {}

  /** Only after the change is committed. */
  changed(change: MirrorEvent | null): void {
    if (change) this.rooms.deliver(MIRROR_SOCKET_EVENTS.event, [{ to: [MIRROR_ROOM.room(change.conversationId)], event: change }]);
  }

  /**
   * After `changed`: the consoles of people the plan took off (or no longer lets moderate) leave what they may no
   * longer hear at once, whether or not their page asks again (it does, on the refresh it just got, and is refused).
   */
  takenOff(conversationId: string, people: { gone: readonly string[]; demoted: readonly string[] }): void {
    for (const { holders, rooms } of consolesTakenOff(conversationId, people)) this.rooms.takeOut(holders, rooms);
  }
}

/** Counts one stored change of a conversation made outside the live room, inside the caller's transaction. */
export async function bumpMirrorVersion(manager: EntityManager, conversationId: string): Promise<MirrorEvent> {
  const { version, at } = await recordChange(manager, MIRROR_ROOM, conversationId, null);
  return { type: 'refresh', conversationId, version, at: at.toISOString() };
}
