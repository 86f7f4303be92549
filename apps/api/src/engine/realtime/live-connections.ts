import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';

/** The room of every socket of one person, and of every socket opened with one login (on any API instance). */
export const personRoom = (personId: string): string => `person:${personId}`;
export const loginRoom = (loginId: string): string => `login:${loginId}`;

/**
 * Ends open sockets when the right behind them ends: a logout closes that
 * login's sockets, a password reset, "log out everywhere" or a change in
 * someone's memberships closes all of that person's sockets. The adapter
 * carries the request to every API instance. A screen whose login is still
 * valid connects again and is let in (or not) by a fresh check; between the
 * change and the disconnect, each command's own check of the access version
 * (PolicyGuard) refuses what the person may no longer do.
 */
@Injectable()
export class LiveConnections {
  private server: Server | null = null;

  /** Called once socket.io is up. */
  attach(server: Server): void {
    this.server = server;
  }

  endLogin(loginId: string): void {
    this.server?.in(loginRoom(loginId)).disconnectSockets(true);
  }

  endPerson(personId: string): void {
    this.server?.in(personRoom(personId)).disconnectSockets(true);
  }
}
