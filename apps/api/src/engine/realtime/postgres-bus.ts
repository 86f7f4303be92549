import { createAdapter } from '@socket.io/postgres-adapter';
import type { EventEmitter } from 'node:events';
import { Pool, PoolClient } from 'pg';
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
  // Which connections are checked out right now (the adapter's listener is, for as long as it lives).
  const checkedOut = new WeakSet<PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  // The adapter's listener is the one connection it gives a 'notification' handler; it reconnects by itself but silently.
  // A lost connection must not crash Kring either: every client gets an error handler.
  pool.on('connect', (client) => {
    client.on('error', (error) => monitor.connectionFailed(error));
    (client as EventEmitter).on('newListener', (event: string) => event === 'notification' && monitor.listening());
    client.on('end', () => {
      if (client.listenerCount('notification') === 0 || !checkedOut.has(client)) return;
      monitor.listenLost();
      // The adapter keeps its listener checked out and, when it dies, takes a new one without giving the dead one
      // back: the pool (max 2) would still count it, the new listener would take the publishing connection, and
      // every later publish would wait for a free connection forever (tests/integration/live-bus-reconnect.spec.ts).
      // Released with an error, the pool drops it.
      (client as PoolClient).release(new Error('The listening connection of the live-event bus ended'));
    });
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
