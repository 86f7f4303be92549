import { Adapter, BroadcastOptions, ClusterAdapter, ClusterMessage, MessageType } from 'socket.io-adapter';
import type { Namespace } from 'socket.io';
import { BroadcastMonitor } from './broadcast-monitor';

/** ClusterAdapter's publishing method is protected in its typings; both buses implement it. */
interface Publishing {
  publishAndReturnOffset(message: Omit<ClusterMessage, 'uid' | 'nsp'>): Promise<string>;
}

/**
 * Makes a cluster adapter (PostgreSQL or Redis) emit to this instance's own
 * sockets at once and to the other instances after. socket.io's
 * ClusterAdapter awaits the publish (a NOTIFY or XADD round trip, queued
 * behind every other broadcast on the bus's connection) before it emits
 * locally, so the people on the same instance as the sender waited for the
 * bus. Both buses serialise the message synchronously, before their first
 * await, so emitting locally right after handing it over cannot change what
 * the other instances get. Every failed publish (a broadcast, a join, a
 * disconnect of a logged-out login) is counted and logged by the monitor.
 * Closing sockets and moving them between rooms act here first too.
 *
 * `alone()`, when given and true, says no other instance can be
 * listening: a broadcast is then emitted locally only, and nothing goes on
 * the bus (the PostgreSQL bus: no NOTIFY per event, see postgres-bus.ts).
 * Only broadcasts are skipped; joins, leaves and disconnects always go out.
 */
export function localFirst<A extends ClusterAdapter>(
  createAdapter: (nsp: Namespace) => A,
  monitor: BroadcastMonitor,
  alone?: () => boolean,
): (nsp: Namespace) => A {
  // A function, not an arrow: socket.io calls it with `new`.
  return function (nsp: Namespace): A {
    const adapter = createAdapter(nsp);
    monitor.watching(adapter as { nodesMap?: Map<string, number> });
    const bus = adapter as unknown as Publishing;
    const publish = bus.publishAndReturnOffset.bind(adapter);
    bus.publishAndReturnOffset = (message) =>
      publish(message).catch((error: unknown) => {
        monitor.publishFailed(error);
        throw error;
      });
    /** Hands a message to the other instances without waiting (a failure is already counted and logged above). */
    const handOver = (message: { type: MessageType; data: Record<string, unknown> }) =>
      void bus.publishAndReturnOffset(message as Omit<ClusterMessage, 'uid' | 'nsp'>).catch(() => undefined);
    const encoded = (opts: BroadcastOptions) => ({ rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags });
    // async only to match ClusterAdapter's signature: everything below runs within the call.
    // socket.io-adapter types a packet as any; it is only passed on here, so it stays unknown.
    adapter.broadcast = async (packet: unknown, opts: BroadcastOptions) => {
      // The screens of other instances catch up on a lost event through the room's version beacon.
      if (!opts.flags?.local && !alone?.()) handOver({ type: MessageType.BROADCAST, data: { packet, opts: encoded(opts) } });
      Adapter.prototype.broadcast.call(adapter, packet, opts);
    };
    // The same for closing sockets (a logout, a removed member) and for taking them into or out of rooms: socket.io's
    // ClusterAdapter awaits the bus before it acts on this instance's own sockets, so under load a logged-out screen
    // here stayed open as long as the NOTIFY queue was long. Here they act at once; the others are told after.
    adapter.disconnectSockets = async (opts: BroadcastOptions, close: boolean) => {
      if (!opts.flags?.local) handOver({ type: MessageType.DISCONNECT_SOCKETS, data: { opts: encoded(opts), close } });
      Adapter.prototype.disconnectSockets.call(adapter, opts, close);
    };
    adapter.addSockets = async (opts: BroadcastOptions, rooms: string[]) => {
      if (!opts.flags?.local) handOver({ type: MessageType.SOCKETS_JOIN, data: { opts: encoded(opts), rooms } });
      Adapter.prototype.addSockets.call(adapter, opts, rooms);
    };
    adapter.delSockets = async (opts: BroadcastOptions, rooms: string[]) => {
      if (!opts.flags?.local) handOver({ type: MessageType.SOCKETS_LEAVE, data: { opts: encoded(opts), rooms } });
      Adapter.prototype.delSockets.call(adapter, opts, rooms);
    };
    return adapter;
  };
}
