import { MIRROR_SOCKET_EVENTS, MirrorChanged, mirrorRoom } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { EntityManager } from 'typeorm';
import { updateReturning } from '../../../engine/database/update-returning';

/**
 * Tells a conversation's room, on every API process (the PostgreSQL
 * adapter), that something changed. The message carries no content: each
 * screen fetches its own snapshot, so private notes never reach another screen.
 */
@Injectable()
export class MirrorBroadcaster {
  private server: Server | null = null;

  /** Called by the gateway once socket.io is up. */
  attach(server: Server): void {
    this.server = server;
  }

  /** Only after the change is committed. */
  changed(change: MirrorChanged | null): void {
    if (change) this.server?.to(mirrorRoom(change.conversationId)).emit(MIRROR_SOCKET_EVENTS.changed, change);
  }
}

/** Counts one stored change of a conversation, inside the caller's transaction. */
export async function bumpMirrorVersion(manager: EntityManager, conversationId: string): Promise<MirrorChanged> {
  const [row] = await updateReturning(manager, `UPDATE mirror_conversation SET version = version + 1 WHERE id = $1 RETURNING version`, [conversationId]);
  return { conversationId, version: Number(row.version) };
}
