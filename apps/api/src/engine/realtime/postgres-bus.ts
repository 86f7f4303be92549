import { createAdapter } from '@socket.io/postgres-adapter';
import type { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import type { Namespace } from 'socket.io';
import type { BroadcastBus } from './broadcast-bus';
import { BroadcastMonitor } from './broadcast-monitor';
import { localFirst } from './local-first';

/**
 * socket.io between API instances over PostgreSQL LISTEN/NOTIFY, the
 * default: nothing to run besides the database. The bus has its own small
 * pool (one connection listens, one publishes, so NOTIFYs leave in the order
 * they were emitted) with `synchronous_commit = off`: a NOTIFY stores
 * nothing worth a disk flush, and with it each one waited for one. The
 * commands' own connections keep `synchronous_commit = on`.
 */
export function postgresBus(databaseUrl: string, monitor: BroadcastMonitor): BroadcastBus {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: 2,
    application_name: 'kring-broadcast',
    options: '-c synchronous_commit=off',
  });
  monitor.using('postgres');
  // The adapter's listener is the one connection it gives a 'notification' handler; it reconnects by itself but silently.
  // A lost connection must not crash Kring either: every client gets an error handler.
  pool.on('connect', (client) => {
    client.on('error', (error) => monitor.connectionFailed(error));
    (client as EventEmitter).on('newListener', (event: string) => event === 'notification' && monitor.listening());
    client.on('end', () => client.listenerCount('notification') > 0 && monitor.listenLost());
  });
  pool.on('error', (error) => monitor.connectionFailed(error));
  // Made on first use: the adapter's listener takes a connection at once, and socket.io's close (the adapter's) gives it back.
  let factory: ReturnType<typeof createAdapter> | undefined;
  const adapter = (nsp: Namespace) => {
    // The adapter swallows failed NOTIFYs unless given an error handler: each is counted and logged.
    factory ??= createAdapter(pool, { tableName: 'socket_io_attachments', errorHandler: (error) => monitor.publishFailed(error) });
    return factory(nsp);
  };
  return { name: 'postgres', adapter: localFirst(adapter, monitor), pool, close: () => pool.end() };
}
