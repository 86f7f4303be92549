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
    // async only to match ClusterAdapter's signature: everything below runs within the call.
    // socket.io-adapter types a packet as any; it is only passed on here, so it stays unknown.
    adapter.broadcast = async (packet: unknown, opts: BroadcastOptions) => {
      if (!opts.flags?.local && !alone?.()) {
        const handedOver = bus.publishAndReturnOffset({
          type: MessageType.BROADCAST,
          data: { packet, opts: { rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags } },
        } as Omit<ClusterMessage, 'uid' | 'nsp'>);
        // Already counted and logged above; the screens of other instances catch up through the room's version beacon.
        handedOver.catch(() => undefined);
      }
      Adapter.prototype.broadcast.call(adapter, packet, opts);
    };
    return adapter;
  };
}
