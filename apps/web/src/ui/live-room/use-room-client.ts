import { useEffect, useSyncExternalStore } from 'react';

/** What a page needs of a room client (RoomClient and the rooms built on it). */
interface RunningRoom<V> {
  start(): void;
  stop(): void;
  outboxChanged(): void;
  subscribe(listener: () => void): () => void;
  getView(): V;
}

/**
 * Runs a live room's client while the page is mounted and gives its view.
 * Another tab of this person that sends or queues from the shared outbox
 * (same `outboxKey` in the device's storage) is picked up at once.
 */
export function useRoomClient<V>(client: RunningRoom<V>, outboxKey: string): V {
  useEffect(() => {
    client.start();
    const storageChanged = (event: StorageEvent) => {
      if (event.key === outboxKey) client.outboxChanged();
    };
    window.addEventListener('storage', storageChanged);
    return () => {
      window.removeEventListener('storage', storageChanged);
      client.stop();
    };
  }, [client, outboxKey]);
  return useSyncExternalStore(client.subscribe, client.getView);
}
