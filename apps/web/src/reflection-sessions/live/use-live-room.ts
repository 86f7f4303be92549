import type { LiveCommand } from '@kring/domain';
import { useState } from 'react';
import { currentLanguage } from '../../i18n';
import { Drafts, draftsStoragePrefix } from '../../ui/live-room/drafts';
import { LiveRoomClient, type DraftKey, type LiveRoomView } from './live-room-client';
import { browserNetwork } from '../../ui/live-room/browser-network';
import { liveSocket } from '../../ui/live-room/live-socket';
import { useRoomClient } from '../../ui/live-room/use-room-client';
import { newClientKey } from '../../ui/client-key';
import { Outbox, outboxStorageKey, type Acknowledged, type KeepFlagged } from '../../ui/live-room/outbox';
import { deviceStorage } from '../../ui/device-storage';

export interface LiveRoom {
  view: LiveRoomView;
  send: (command: LiveCommand, acknowledged?: Acknowledged, keep?: KeepFlagged) => void;
  dismissNotice: (id: number) => void;
  typingIn: (phaseId: string, anonymous: boolean) => void;
  drafts: Drafts<DraftKey>;
}

/**
 * The live room of one session for the logged-in person: a socket.io
 * connection to the same origin (the session cookie logs it in), the
 * outbox and drafts in this device's storage. The room's big screen
 * (`tab` 'screen') keeps its own outbox (outboxStorageKey says why).
 */
export function useLiveRoom(sessionId: string, personId: string, tab: 'own' | 'screen' = 'own'): LiveRoom {
  const [room] = useState(() => createRoom(sessionId, personId, tab));
  if (room.sessionId !== sessionId || room.personId !== personId) {
    throw new Error('useLiveRoom: mount a new page for another session or person (use a key)');
  }

  const view = useRoomClient(room.client, room.outboxKey);
  return { view, send: room.send, dismissNotice: room.dismissNotice, typingIn: room.typingIn, drafts: room.drafts };
}

function createRoom(sessionId: string, personId: string, tab: 'own' | 'screen') {
  const storage = deviceStorage();
  const outboxKey = outboxStorageKey('live', sessionId, personId, tab);
  const drafts = new Drafts<DraftKey>(storage, draftsStoragePrefix('live', sessionId, personId));
  const client = new LiveRoomClient({
    sessionId,
    socket: liveSocket(),
    outbox: new Outbox<LiveCommand>(storage, outboxKey, newClientKey),
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
    send: (command: LiveCommand, acknowledged?: Acknowledged, keep?: KeepFlagged) => client.send(command, acknowledged, keep),
    dismissNotice: (id: number) => client.dismissNotice(id),
    typingIn: (phaseId: string, anonymous: boolean) => client.typingIn(phaseId, anonymous),
  };
}
