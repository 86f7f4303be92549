import { INestApplicationContext, LoggerService } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { Server, ServerOptions } from 'socket.io';
import { SESSION_COOKIE } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { SocketState } from '../policy/policy.guard';
import { cookieFromHeader } from './cookies';
import { originAllowed } from './origin';

/**
 * socket.io over PostgreSQL: broadcasts travel through LISTEN/NOTIFY, so
 * several API processes behind one URL serve the same rooms with nothing but
 * the database. Every connection must carry a valid session cookie.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: Pool;

  constructor(
    app: INestApplicationContext,
    databaseUrl: string,
    private readonly publicUrl: string,
    private readonly viewers: ViewerService,
    logger: LoggerService,
  ) {
    super(app);
    this.pool = new Pool({ connectionString: databaseUrl, max: 2 });
    // The adapter's LISTEN connection has no error handler of its own; a
    // database restart must not crash Kring (the adapter reconnects by itself).
    this.pool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, 'socket.io database connection lost')));
    this.pool.on('error', (error) => logger.warn({ err: error }, 'socket.io database pool error'));
  }

  /** Nest calls this when the application closes, after the socket.io server. */
  override async dispose(): Promise<void> {
    await this.pool.end();
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      allowRequest: (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => callback(null, originAllowed(req.headers.origin, req.headers.host, this.publicUrl)),
    });
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
