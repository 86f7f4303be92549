import { createAdapter } from '@socket.io/postgres-adapter';
import type { EventEmitter } from 'node:events';
import { Pool, PoolClient } from 'pg';
import type { Namespace } from 'socket.io';
import type { BroadcastBus } from './broadcast-bus';
import { BroadcastMonitor } from './broadcast-monitor';
import { localFirst } from './local-first';

/** How often each instance tells the others it is there, and after how long without a word it counts as gone. */
const HEARTBEAT_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 10_000;
/**
 * An instance counts itself alone only after it has listened this long
 * without a break and heard no other: every running instance says it is
 * there at least every HEARTBEAT_MS, so one that started earlier (whose
 * answer to our first heartbeat we may have missed) has been heard by then.
 */
const ALONE_AFTER_LISTENING_MS = HEARTBEAT_MS + 1_000;

/**
 * socket.io between API instances over PostgreSQL LISTEN/NOTIFY, the
 * default: nothing to run besides the database. The bus has its own small
 * pool (one connection listens, one publishes, so NOTIFYs leave in the order
 * they were emitted) with `synchronous_commit = off`: a NOTIFY stores
 * nothing worth a disk flush, and with it each one waited for one. The
 * commands' own connections keep `synchronous_commit = on`.
 *
 * An instance that hears no other (the usual single instance) sends no
 * NOTIFY per event: the NOTIFY cost a round trip and a commit in PostgreSQL,
 * and came back to this instance's own listener, which parsed it only to drop
 * it (bench:live: docs/bench-live.md, liveperf). It publishes again as soon as
 * another instance's first heartbeat arrives; an event committed in the
 * moment before (a screen on the new instance that joined in between) reaches
 * that screen through its instance's version beacon, like any lost event.
 * `skipWhenAlone: false` publishes always (the bench's baselines).
 */
export function postgresBus(databaseUrl: string, monitor: BroadcastMonitor, { skipWhenAlone = true } = {}): BroadcastBus {
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
  /** Connections the adapter took for itself (its listener; it publishes through pool.query), until given back. */
  const taken = new Set<PoolClient>();
  pool.on('release', (_error, client) => taken.delete(client));
  let closed = false;
  /** Released with an error, the pool drops it instead of keeping it, and pool.end no longer waits for it. */
  const drop = (client: PoolClient) => client.release(new Error('The live-event bus is closing'));
  /**
   * The pool as the adapter sees it. The adapter's close gives back its listener only once that is set up: closed while
   * it was reconnecting (taking a connection, sending LISTEN), it kept the new one, and Kring's close (pool.end) waited
   * for it forever (live-bus-reconnect.spec.ts, once in some 25 full runs). So the close drops what the adapter still
   * holds, a connection that arrives after it is dropped at once, and after the close the adapter gets none at all (a
   * connect that never answers): it would otherwise retry every two seconds for as long as the process lives.
   */
  const forAdapter = new Proxy(pool, {
    get(target, property) {
      if (property === 'connect')
        return async () => {
          if (closed) return new Promise<never>(() => undefined);
          const client = await target.connect();
          if (closed) drop(client);
          else taken.add(client);
          return client;
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  // Made on first use: the adapter's listener takes a connection at once, and socket.io's close (the adapter's) gives it back.
  let factory: ReturnType<typeof createAdapter> | undefined;
  const adapter = (nsp: Namespace) => {
    // The adapter swallows failed NOTIFYs unless given an error handler: each is counted and logged.
    factory ??= createAdapter(forAdapter, {
      tableName: 'socket_io_attachments',
      errorHandler: (error) => monitor.publishFailed(error),
      heartbeatInterval: HEARTBEAT_MS,
      heartbeatTimeout: HEARTBEAT_TIMEOUT_MS,
    });
    return factory(nsp);
  };
  const alone = () => monitor.otherInstances() === 0 && monitor.listeningForMs() >= ALONE_AFTER_LISTENING_MS;
  const close = async () => {
    closed = true;
    taken.forEach(drop);
    await pool.end();
  };
  return { name: 'postgres', adapter: localFirst(adapter, monitor, skipWhenAlone ? alone : undefined), pool, close };
}
