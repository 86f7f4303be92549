import type { LiveCommand } from '@kring/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { io } from 'socket.io-client';
import { currentLanguage } from '../../i18n';
import { Drafts, draftsStoragePrefix } from './drafts';
import { LiveRoomClient, type LiveRoomView, type NetworkSignal } from './live-room-client';
import { newClientKey } from '../../ui/client-key';
import { Outbox, outboxStorageKey } from './outbox';
import { deviceStorage } from '../../ui/device-storage';

const browserNetwork: NetworkSignal = {
  isOnline: () => navigator.onLine,
  subscribe: (listener) => {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

export interface LiveRoom {
  view: LiveRoomView;
  send: (command: LiveCommand, acknowledgeWarnings?: boolean) => void;
  dismissNotice: (id: number) => void;
  drafts: Drafts;
}

/**
 * The live room of one session for the logged-in person: a socket.io
 * connection to the same origin (the session cookie logs it in), the
 * outbox and drafts in this device's storage.
 */
export function useLiveRoom(sessionId: string, personId: string): LiveRoom {
  const [room] = useState(() => createRoom(sessionId, personId));
  if (room.sessionId !== sessionId || room.personId !== personId) {
    throw new Error('useLiveRoom: mount a new page for another session or person (use a key)');
  }

  useEffect(() => {
    const { client } = room;
    client.start();
    // Another tab of this person sent or queued something from the shared outbox.
    const storageChanged = (event: StorageEvent) => {
      if (event.key === room.outboxKey) client.outboxChanged();
    };
    window.addEventListener('storage', storageChanged);
    return () => {
      window.removeEventListener('storage', storageChanged);
      client.stop();
    };
  }, [room]);

  const view = useSyncExternalStore(room.client.subscribe, room.client.getView);
  return { view, send: room.send, dismissNotice: room.dismissNotice, drafts: room.drafts };
}

function createRoom(sessionId: string, personId: string) {
  const storage = deviceStorage();
  const outboxKey = outboxStorageKey(sessionId, personId);
  const drafts = new Drafts(storage, draftsStoragePrefix(sessionId, personId));
  const client = new LiveRoomClient({
    sessionId,
    socket: io({ path: '/socket.io', autoConnect: false }),
    outbox: new Outbox(storage, outboxKey, newClientKey),
    drafts,
    language: currentLanguage,
    network: browserNetwork,
  });
  return {
    sessionId,
    personId,
    outboxKey,
    client,
    drafts,
    send: (command: LiveCommand, acknowledgeWarnings?: boolean) => client.send(command, acknowledgeWarnings),
    dismissNotice: (id: number) => client.dismissNotice(id),
  };
}
