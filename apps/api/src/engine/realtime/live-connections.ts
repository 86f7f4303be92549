import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { Viewer } from '../auth/viewer';
import { keepsEveryMembership } from '../auth/viewer-memberships';
import { ViewerService } from '../auth/viewer.service';
import type { KringSocket } from '../policy/socket-access';
import { BroadcastMonitor } from './broadcast-monitor';

const logger = new Logger('LiveConnections');

/**
 * How often every instance checks the logins of its own open sockets anyway, and how long after it listens again
 * (the bus is listening before its LISTEN has been answered; a logout in that moment is still covered).
 */
const SWEEP_MS = 30_000;
const SWEEP_AFTER_LISTENING_MS = 1_000;

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
export class LiveConnections implements OnApplicationShutdown {
  private server: Server | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly viewers: ViewerService,
    monitor: BroadcastMonitor,
  ) {
    // A logout or removal on another instance while this one's bus was not listening never reached it: its sockets
    // would stay open and keep receiving the room's events (a command is refused by its own check). And a login that
    // ends by itself (idle, expired) sends no word at all. Only sockets open during the break can have missed a word
    // (a socket that connects later reads its login afresh), so with none open, as at start-up, nothing is swept.
    monitor.onListening(() => {
      if ((this.server?.of('/').sockets.size ?? 0) > 0) this.later(SWEEP_AFTER_LISTENING_MS);
    });
  }

  /** Called once socket.io is up. */
  attach(server: Server): void {
    this.server = server;
    const every = setInterval(() => void this.sweep(), SWEEP_MS);
    every.unref();
    this.timers.add(every);
  }

  onApplicationShutdown(): void {
    // clearTimeout clears an interval as well.
    this.timers.forEach((timer) => clearTimeout(timer));
  }

  /**
   * Closes this instance's sockets whose login has ended (logout, reset,
   * idle, expiry) or whose person's access moved on (a membership removed or
   * erased) without the word reaching this instance: what endLogin and
   * endPerson would have done. One statement for every login with a socket
   * here. A socket that re-read its right since (a command after the change)
   * holds the new version and stays; so does one whose person only gained
   * access (an invitation accepted, no endPerson either): it takes the fresh
   * viewer instead of blinking off and on.
   */
  private async sweep(): Promise<void> {
    if (!this.server) return;
    // The sockets of each login as they read it (one login may hold an older access version on one socket).
    const held = new Map<string, { login: NonNullable<Viewer['login']>; viewer: Viewer; sockets: KringSocket[] }>();
    for (const socket of this.server.of('/').sockets.values() as IterableIterator<KringSocket>) {
      const viewer = socket.data.viewer;
      if (!viewer?.login) continue;
      const { login } = viewer;
      const key = `${login.id}:${login.accessVersion}`;
      const entry = held.get(key) ?? { login, viewer, sockets: [] };
      entry.sockets.push(socket);
      held.set(key, entry);
    }
    try {
      for (const { held: lapsed, now } of await this.viewers.lapsed([...held.values()])) {
        for (const socket of lapsed.sockets) {
          // Not a check of the person's own (checkedAt stays): the login was not marked as seen.
          if (now && keepsEveryMembership(lapsed.viewer, now)) socket.data.viewer = now;
          else socket.disconnect(true);
        }
      }
    } catch (error) {
      logger.warn({ err: error }, 'Could not check the logins of the open sockets');
    }
  }

  private later(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.sweep();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  endLogin(loginId: string): void {
    this.server?.in(loginRoom(loginId)).disconnectSockets(true);
  }

  endPerson(personId: string): void {
    this.server?.in(personRoom(personId)).disconnectSockets(true);
  }
}
