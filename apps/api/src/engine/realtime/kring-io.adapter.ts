import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { IncomingMessage } from 'node:http';
import { DefaultEventsMap, Server, ServerOptions } from 'socket.io';
import { SESSION_COOKIE } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { KringSocket, SocketState } from '../policy/socket-access';
import type { BroadcastBus } from './broadcast-bus';
import { cookieFromHeader } from './cookies';
import { DirectSocketEvents } from './direct-socket-events';
import { originAllowed } from './origin';

/** This server's sockets carry the SocketState, from the handshake's viewer on. */
type KringServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketState>;

/**
 * Kring's socket.io: rooms shared by every API instance through the
 * broadcast bus (PostgreSQL LISTEN/NOTIFY by default, a Redis stream with
 * REDIS_URL), so several processes behind one URL serve the same rooms.
 * Every connection must come from an allowed origin and carry a valid
 * session cookie.
 */
export class KringIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly bus: BroadcastBus,
    private readonly publicUrl: string,
    private readonly viewers: ViewerService,
    private readonly direct: DirectSocketEvents,
  ) {
    super(app);
  }

  /** Nest calls this when the application closes, after the socket.io server (which closed the adapter). */
  override async dispose(): Promise<void> {
    await this.bus.close();
  }

  /** Nest's binding for every event of a new socket, except the direct ones (DirectSocketEvents), which listen themselves. */
  override bindMessageHandlers(...[socket, handlers, transform]: Parameters<IoAdapter['bindMessageHandlers']>): void {
    super.bindMessageHandlers(
      socket,
      // Nest's adapter is typed with its own copy of socket.io; the socket is the one this server made.
      handlers.filter(({ message }) => !this.direct.bind(socket as unknown as KringSocket, message as string)),
      transform,
    );
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    // Nest types what it creates as any: it is a socket.io Server, whose sockets' data this server fills (below).
    const server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      allowRequest: (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) =>
        callback(null, originAllowed(req.headers.origin, req.headers.host, this.publicUrl)),
    }) as KringServer;
    server.adapter(this.bus.adapter);
    server.use((socket, next) => {
      this.viewers
        .fromToken(cookieFromHeader(socket.handshake.headers.cookie, SESSION_COOKIE))
        .then((viewer) => {
          if (!viewer) return next(new Error('UNAUTHENTICATED'));
          socket.data.viewer = viewer;
          next();
        })
        .catch(() => next(new Error('INTERNAL')));
    });
    return server;
  }
}
