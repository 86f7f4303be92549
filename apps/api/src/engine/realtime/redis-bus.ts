import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Namespace } from 'socket.io';
import type { ClusterAdapter } from 'socket.io-adapter';
import type { BroadcastBus } from './broadcast-bus';
import { BroadcastMonitor } from './broadcast-monitor';
import { localFirst } from './local-first';

/** What we watch on the connections the adapter makes for itself. */
interface Receiver {
  on(event: 'ready' | 'reconnecting' | 'error', listener: (error?: unknown) => void): unknown;
  readonly isOpen: boolean;
}

/** How long the stream reader blocks per read; also how long closing waits for it to notice (bounded below). */
const READ_BLOCK_MS = 1_000;

/**
 * socket.io between API instances over a Redis stream (REDIS_URL), for
 * installations that run several instances under load: a Redis stream
 * carries broadcasts in order and lets a briefly disconnected reader catch
 * up from its last offset, and nothing of it touches the database.
 *
 * The adapter makes its own reading and subscribing connections by
 * duplicating ours and ignores their errors; we watch them too, so a lost
 * connection is logged and /health says this instance is not listening until
 * it is back.
 */
export async function redisBus(url: string, monitor: BroadcastMonitor): Promise<BroadcastBus> {
  monitor.using('redis');
  const client = createClient({ url, name: 'kring-broadcast' });
  client.on('error', (error: unknown) => monitor.connectionFailed(error));
  const receivers: Receiver[] = [];
  const duplicating = client as unknown as { duplicate: () => Receiver };
  const duplicate = duplicating.duplicate.bind(client);
  duplicating.duplicate = () => {
    const receiver = duplicate();
    receivers.push(receiver);
    receiver.on('ready', () => monitor.listening());
    receiver.on('reconnecting', () => monitor.listenLost());
    receiver.on('error', (error) => monitor.connectionFailed(error));
    return receiver;
  };
  await client.connect();

  // Made on first use: the adapter opens its receiving connections as soon as it exists, and socket.io closes it.
  let factory: ((nsp: Namespace) => ClusterAdapter) | undefined;
  const adapter = (nsp: Namespace) => {
    factory ??= createAdapter(client, { streamName: 'kring:live', channelPrefix: 'kring:live', blockTimeInMs: READ_BLOCK_MS }) as (
      nsp: Namespace,
    ) => ClusterAdapter;
    return factory(nsp);
  };
  return {
    name: 'redis',
    adapter: localFirst(adapter, monitor),
    close: async () => {
      // socket.io closed the adapter before this: its receivers disconnect themselves once their current read returns.
      const deadline = Date.now() + READ_BLOCK_MS + 2_000;
      while (receivers.some((receiver) => receiver.isOpen) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      if (client.isOpen) await client.close();
    },
  };
}
