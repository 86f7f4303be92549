import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import { Server, ServerOptions } from 'socket.io';
import { SESSION_COOKIE } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { SocketState } from '../policy/policy.guard';
import { cookieFromHeader } from './cookies';

/**
 * socket.io over PostgreSQL: broadcasts travel through LISTEN/NOTIFY, so
 * several API processes behind one URL serve the same rooms with nothing but
 * the database. Every connection must carry a valid session cookie.
 */
export class PostgresIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly pool: Pool,
    private readonly viewers: ViewerService,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, { ...options, path: '/socket.io', serveClient: false });
    server.adapter(createAdapter(this.pool, { tableName: 'socket_io_attachments' }));
    server.use((socket, next) => {
      this.viewers
        .fromToken(cookieFromHeader(socket.handshake.headers.cookie, SESSION_COOKIE))
        .then((viewer) => {
          if (!viewer) return next(new Error('UNAUTHENTICATED'));
          (socket.data as SocketState).viewer = viewer;
          next();
        })
        .catch(() => next(new Error('INTERNAL')));
    });
    return server;
  }
}
