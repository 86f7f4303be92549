import type { MirrorCommand, MirrorView } from '@kring/domain';
import { useState } from 'react';
import { currentLanguage } from '../../i18n';
import { newClientKey } from '../../ui/client-key';
import { deviceStorage } from '../../ui/device-storage';
import { browserNetwork } from '../../ui/live-room/browser-network';
import { liveSocket } from '../../ui/live-room/live-socket';
import { Outbox, outboxStorageKey } from '../../ui/live-room/outbox';
import { useRoomClient } from '../../ui/live-room/use-room-client';
import { MirrorLiveClient, type MirrorLiveView, type SendFlags, type SendResult } from './mirror-live-client';

export interface MirrorLive {
  view: MirrorLiveView;
  send: (command: MirrorCommand, flags?: SendFlags) => Promise<SendResult>;
  dismissNotice: (id: number) => void;
}

/** The live conversation for this page: a socket.io connection to the same origin (the session cookie logs it in). */
export function useMirrorLive(conversationId: string, personId: string, view: MirrorView): MirrorLive {
  const [room] = useState(() => {
    const outboxKey = outboxStorageKey('mirror', conversationId, personId);
    const outbox = new Outbox<MirrorCommand>(deviceStorage(), outboxKey, newClientKey);
    const client = new MirrorLiveClient(conversationId, view, liveSocket(), outbox, {
      network: browserNetwork,
      language: currentLanguage,
    });
    return { client, outboxKey };
  });
  const current = useRoomClient(room.client, room.outboxKey);
  return {
    view: current,
    send: (command, flags) => room.client.send(command, flags),
    dismissNotice: (id) => room.client.dismissNotice(id),
  };
}
