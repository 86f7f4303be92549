import type { MirrorCommand, MirrorView } from '@kring/domain';
import { useState } from 'react';
import { currentLanguage } from '../../i18n';
import { newClientKey } from '../../ui/client-key';
import { deviceStorage } from '../../ui/device-storage';
import { browserNetwork } from '../../ui/live-room/browser-network';
import { liveSocket } from '../../ui/live-room/live-socket';
import { Drafts, draftsStoragePrefix } from '../../ui/live-room/drafts';
import { Outbox, outboxStorageKey } from '../../ui/live-room/outbox';
import { useRoomClient } from '../../ui/live-room/use-room-client';
import { MirrorLiveClient, type MirrorLiveView, type SendFlags, type SendResult } from './mirror-live-client';

export interface MirrorLive {
  view: MirrorLiveView;
  send: (command: MirrorCommand, flags?: SendFlags) => Promise<SendResult>;
  dismissNotice: (id: number) => void;
  /** A listener's note and question as they type them, kept on this device until sent. */
  drafts: Drafts<ListenerSlot>;
}

export const LISTENER_SLOTS = ['note', 'question'] as const;
export type ListenerSlot = (typeof LISTENER_SLOTS)[number];

/** The live conversation for this page: a socket.io connection to the same origin (the session cookie logs it in). */
export function useMirrorLive(conversationId: string, personId: string, view: MirrorView): MirrorLive {
  const [room] = useState(() => {
    const outboxKey = outboxStorageKey('mirror', conversationId, personId, view === 'projector' ? 'screen' : 'own');
    const storage = deviceStorage();
    const outbox = new Outbox<MirrorCommand>(storage, outboxKey, newClientKey);
    const drafts = new Drafts<ListenerSlot>(storage, draftsStoragePrefix('mirror', conversationId, personId));
    const client = new MirrorLiveClient(conversationId, view, liveSocket(), outbox, {
      network: browserNetwork,
      language: currentLanguage,
    });
    return { client, outboxKey, drafts };
  });
  const current = useRoomClient(room.client, room.outboxKey);
  return {
    view: current,
    send: (command, flags) => room.client.send(command, flags),
    dismissNotice: (id) => room.client.dismissNotice(id),
    drafts: room.drafts,
  };
}
