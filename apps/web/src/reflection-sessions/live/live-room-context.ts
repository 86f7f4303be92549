import type { LiveCommand, LiveSessionState, MethodPhase, TypingSeen } from '@kring/domain';
import { createContext, useContext } from 'react';
import type { Drafts } from '../../ui/live-room/drafts';
import type { Acknowledged, KeepFlagged, OutboxItem } from '../../ui/live-room/outbox';
import type { DraftKey, LiveNotice } from './live-room-client';
import type { LiveRoom } from './use-live-room';

/** What every part of the live room screen reads: the room's state and how to act on it. */
export interface LiveRoomContextValue {
  state: LiveSessionState;
  /** The phase on screen; every phase-bound command names it. */
  phase: MethodPhase;
  send: (command: LiveCommand, acknowledged?: Acknowledged, keep?: KeepFlagged) => void;
  unsent: readonly OutboxItem<LiveCommand>[];
  drafts: Drafts<DraftKey>;
  /** The moderator runs the room alone on a shared screen and writes and votes for the room. */
  forRoom: boolean;
  /** Joined and current; otherwise what others do is not known here right now. */
  connected: boolean;
  /** "Fatima typt…": who the others' screens said is typing (presence, see live-room-client). */
  typing: readonly TypingSeen[];
  /** Tells the others this person is typing here (throttled by the client). */
  typingIn: (phaseId: string, anonymous: boolean) => void;
  /** Commands the server refused; one with findings goes back to its composer (Composer), the others are Notices. */
  notices: readonly LiveNotice[];
  dismissNotice: (id: number) => void;
}

export const LiveRoomContext = createContext<LiveRoomContextValue | null>(null);

export function useRoom(): LiveRoomContextValue {
  const room = useContext(LiveRoomContext);
  if (!room) throw new Error('useRoom is used outside the live room');
  return room;
}

/**
 * The context value from the room's connection, once its state and phase are known: the live room and the
 * room screen read the same room, and only the screen's "writes for the room" differs.
 */
export function liveRoomValue(room: LiveRoom, state: LiveSessionState, phase: MethodPhase, forRoom: boolean): LiveRoomContextValue {
  const { view } = room;
  return {
    state,
    phase,
    send: room.send,
    unsent: view.unsent,
    drafts: room.drafts,
    forRoom,
    connected: view.connection === 'online',
    typing: view.typing,
    typingIn: room.typingIn,
    notices: view.notices,
    dismissNotice: room.dismissNotice,
  };
}
