import type { Pool } from 'pg';
import type { Namespace } from 'socket.io';
import type { ClusterAdapter } from 'socket.io-adapter';
import type { BroadcastBusName, BroadcastMonitor } from './broadcast-monitor';
import { postgresBus } from './postgres-bus';
import { redisBus } from './redis-bus';

/** What carries live events between API instances: PostgreSQL (default) or Redis (REDIS_URL). */
export interface BroadcastBus {
  name: BroadcastBusName;
  /** The socket.io adapter factory, emitting to local sockets first. */
  adapter: (nsp: Namespace) => ClusterAdapter;
  /** The PostgreSQL bus's own pool (for tests that check its settings); absent for Redis. */
  pool?: Pool;
  close(): Promise<void>;
}

/** PostgreSQL unless REDIS_URL is set: one instance, or several on one database, need nothing else. */
export async function openBroadcastBus(
  redisUrl: string | undefined,
  databaseUrl: string,
  monitor: BroadcastMonitor,
): Promise<BroadcastBus> {
  if (redisUrl) return redisBus(redisUrl, monitor);
  return postgresBus(databaseUrl, monitor);
}
