import { LIVE_SOCKET_EVENTS, LiveEvent, LivePresence, sessionRoom } from '@kring/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { Server } from 'socket.io';
import { SocketState } from '../../../engine/policy/policy.guard';

const logger = new Logger('LiveSession');

/** How long presence waits for the other API processes; a dead one is then simply left out. */
const PRESENCE_TIMEOUT_MS = 500;

/**
 * Sends to a session's room on every API process: `server.to(room)` goes
 * through the PostgreSQL adapter. GraphQL mutations that change what the room
 * shows (planning details, harvest, practice reviews) publish here too.
 */
@Injectable()
export class LiveBroadcaster {
  private server: Server | null = null;

  /** Called by the gateway once socket.io is up. */
  attach(server: Server): void {
    this.server = server;
  }

  /** Only after the change is committed: an event promises that it is stored. */
  publish(event: LiveEvent | null): void {
    if (event) this.server?.to(sessionRoom(event.sessionId)).emit(LIVE_SOCKET_EVENTS.event, event);
  }

  /** People taken off the plan leave the room at once, on every API process (each socket is in its person's room). */
  removeFromRoom(sessionId: string, personIds: readonly string[]): void {
    if (!this.server || personIds.length === 0) return;
    this.server.in(personIds.map((id) => `person:${id}`)).socketsLeave(sessionRoom(sessionId));
  }

  /**
   * People with at least one screen in the room: on this API process only
   * (instant), or on every process. Asking every process waits at most
   * PRESENCE_TIMEOUT_MS (not the adapter's 5 s for an instance that died)
   * and then answers with this process's screens.
   */
  async online(sessionId: string, scope: 'local' | 'everywhere'): Promise<string[]> {
    if (!this.server) return [];
    const room = sessionRoom(sessionId);
    const local = () => this.server!.local.in(room).fetchSockets();
    const sockets = scope === 'local' ? await local() : await this.server.in(room).timeout(PRESENCE_TIMEOUT_MS).fetchSockets().catch(local);
    const people = sockets.map((socket) => (socket.data as SocketState).viewer?.personId).filter((id): id is string => !!id);
    return [...new Set(people)];
  }

  /**
   * Tells the room who is connected. Best effort: presence is not stored, and
   * a slow API process (fetchSockets waits for every process) must not fail a
   * join, so errors are logged, never thrown.
   */
  async presence(sessionId: string): Promise<void> {
    if (!this.server) return;
    try {
      const presence: LivePresence = { sessionId, online: await this.online(sessionId, 'everywhere') };
      this.server.to(sessionRoom(sessionId)).emit(LIVE_SOCKET_EVENTS.presence, presence);
    } catch (error) {
      logger.warn({ err: error, sessionId }, 'Could not update presence');
    }
  }
}
