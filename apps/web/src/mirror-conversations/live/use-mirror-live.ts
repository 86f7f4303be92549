import type { MirrorCommand, MirrorView } from '@kring/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { io } from 'socket.io-client';
import { newClientKey } from '../../ui/client-key';
import { deviceStorage } from '../../ui/device-storage';
import { MirrorLiveClient, type MirrorLiveView, type SendResult } from './mirror-live-client';
import { MirrorOutbox, mirrorOutboxKey } from './mirror-outbox';

export interface MirrorLive {
  view: MirrorLiveView;
  send: (command: MirrorCommand, acknowledgeWarnings?: boolean) => Promise<SendResult>;
  dismissNotice: (id: number) => void;
  dismissEscalation: () => void;
}

/** The live conversation for this page: a socket.io connection to the same origin (the session cookie logs it in). */
export function useMirrorLive(conversationId: string, personId: string, view: MirrorView): MirrorLive {
  const [client] = useState(
    () =>
      new MirrorLiveClient(
        conversationId,
        view,
        io({ path: '/socket.io', autoConnect: false }),
        new MirrorOutbox(deviceStorage(), mirrorOutboxKey(conversationId, personId), newClientKey),
      ),
  );
  useEffect(() => {
    client.start();
    return () => client.stop();
  }, [client]);
  const current = useSyncExternalStore(client.subscribe, client.getView);
  return {
    view: current,
    send: (command, acknowledgeWarnings) => client.send(command, acknowledgeWarnings),
    dismissNotice: (id) => client.dismissNotice(id),
    dismissEscalation: () => client.dismissEscalation(),
  };
}
