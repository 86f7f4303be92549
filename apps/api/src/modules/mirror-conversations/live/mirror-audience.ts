import { MirrorEvent, MirrorEventBody, MirrorLiveRole, MirrorView, mirrorRoom } from '@kring/domain';
import { Delivery } from '../../../engine/live/room-kind';

/**
 * Who may see a change of a mirror conversation: the same rule as the
 * snapshot (mirror-state.service.ts). The moderator's console sees the
 * statements; every console the clarifying questions; only its author's
 * consoles a private note; everyone the course of the conversation.
 */
export type MirrorAudience =
  | { readonly to: 'everyone' | 'moderatorConsole' | 'consoles' }
  /** Every console; its author's consoles receive it marked as theirs (a clarifying question). */
  | { readonly to: 'consolesByAuthor'; readonly authorId: string }
  /** Only the author's own consoles (a private note). */
  | { readonly to: 'author'; readonly authorId: string };

/** A change with the audience it may reach; the audience never leaves the server. */
export interface MirrorChange {
  readonly body: MirrorEventBody;
  readonly audience: MirrorAudience;
}

/** The socket.io rooms inside a conversation's room, one per audience. */
const moderatorConsoles = (id: string) => `${mirrorRoom(id)}:moderator`;
const consoles = (id: string) => `${mirrorRoom(id)}:console`;
const consolesOf = (id: string, personId: string) => `${mirrorRoom(id)}:console:${personId}`;

/**
 * Who is no longer in a conversation since its plan changed, as the rooms their consoles are in: `gone` (neither
 * moderator nor listener now) leave the conversation and every audience in it, `demoted` (moderator before, a
 * listener now) leave the moderator's. Each person's consoles are found by their own room, so a planner's projector
 * (no console, no role needed) stays.
 */
export function consolesTakenOff(conversationId: string, { gone, demoted }: { gone: readonly string[]; demoted: readonly string[] }) {
  const id = conversationId;
  return [
    ...gone.map((personId) => ({
      holders: [consolesOf(id, personId)],
      rooms: [mirrorRoom(id), moderatorConsoles(id), consoles(id), consolesOf(id, personId)],
    })),
    ...demoted.map((personId) => ({ holders: [consolesOf(id, personId)], rooms: narrowedConsole(id, 'moderator', 'listener') ?? [] })),
  ];
}

/**
 * The one rule for a place that narrows, used by the plan change (consolesTakenOff) and by the beacon's place check
 * (LiveRoomKind.narrowed): a moderator kept on as a listener leaves the moderator's audience and stays in the room.
 */
export function narrowedConsole(conversationId: string, from: string, to: string): readonly string[] | undefined {
  return from === 'moderator' && to === 'listener' ? [moderatorConsoles(conversationId)] : undefined;
}

/** The audience rooms a screen joins besides the conversation's room, from the same facts its snapshot uses. */
export function audienceRooms(conversationId: string, view: MirrorView, role: MirrorLiveRole, personId: string): string[] {
  if (view !== 'console' || role === 'viewer') return [];
  const rooms = [consoles(conversationId), consolesOf(conversationId, personId)];
  return role === 'moderator' ? [...rooms, moderatorConsoles(conversationId)] : rooms;
}

/**
 * One delivery per audience; every other screen receives `unseen` for the
 * same version, so it still counts every change and notices a gap.
 */
export function mirrorDeliveries(event: MirrorEvent, audience: MirrorAudience): Delivery<MirrorEvent>[] {
  const id = event.conversationId;
  const everyone = mirrorRoom(id);
  const unseen: MirrorEvent = { type: 'unseen', conversationId: id, version: event.version, at: event.at };
  const only = (room: string): Delivery<MirrorEvent>[] => [
    { to: [room], event },
    { to: [everyone], except: [room], event: unseen },
  ];
  switch (audience.to) {
    case 'everyone':
      return [{ to: [everyone], event }];
    case 'moderatorConsole':
      return only(moderatorConsoles(id));
    case 'consoles':
      return only(consoles(id));
    case 'author':
      return only(consolesOf(id, audience.authorId));
    case 'consolesByAuthor': {
      const author = consolesOf(id, audience.authorId);
      const others = event.type === 'noteAdded' ? { ...event, note: { ...event.note, mine: false } } : event;
      return [
        { to: [author], event },
        { to: [consoles(id)], except: [author], event: others },
        { to: [everyone], except: [consoles(id)], event: unseen },
      ];
    }
  }
}
