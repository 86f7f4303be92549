import {
  addTyping,
  applyLiveEvent,
  applyPresence,
  currentActions,
  LIVE_SOCKET_EVENTS,
  markOwnEntry,
  serverClockOffsetMs,
  TYPING_TIMING,
  type EscalationPromptInfo,
  type LiveCommand,
  type LiveCommandAck,
  type LiveEvent,
  type LiveFinding,
  type LivePresence,
  type LiveSessionState,
  type LiveTyping,
  type LiveTypingRequest,
  type PhaseAction,
  type TypingSeen,
} from '@kring/domain';
import type { Acknowledged, KeepFlagged, Outbox, OutboxItem } from '../../ui/live-room/outbox';
import { outboxMessage } from '../../ui/live-room/outbox';
import { RoomClient, type RoomClientOptions, type RoomView, type LiveSocket } from '../../ui/live-room/room-client';
import type { Drafts } from '../../ui/live-room/drafts';

/** The kinds of text someone writes in a session's room, one draft each. */
export const DRAFT_SLOTS = ['contribution', 'question', 'option'] as const;
export type DraftSlot = (typeof DRAFT_SLOTS)[number];
/**
 * A draft's "Anoniem voor collega's", kept beside its text ('1' or ''): chosen before typing, it must survive a reload
 * and come back with a refused text, or one tap would send the words under the writer's name.
 */
export type AnonymousKey = `${DraftSlot}.anonymous`;
export type DraftKey = DraftSlot | AnonymousKey;
export const anonymousKey = (slot: DraftSlot): AnonymousKey => `${slot}.anonymous`;

export type { ConnectionStatus, LiveSocket, NetworkSignal } from '../../ui/live-room/room-client';

/**
 * The case room on the shared live-room client (ui/live-room): its reducer,
 * presence, the clock offset for the timer, and what happens to a refused
 * command's text (back into its box, and a notice). React-free; useLiveRoom
 * connects it to a page.
 */

/** A command the server refused; the text typed for it (an entry, a group's name) comes along so it is never lost. */
export interface LiveNotice {
  readonly id: number;
  readonly message: string;
  readonly text?: string;
  /**
   * The draft the text went back into (see returnSlot), and whether its box is on the screen now; an edited entry's
   * text and a group's name are only shown (a group's name with findings goes back to its own box: useGuardedSend).
   */
  readonly restored?: { readonly slot: DraftSlot; readonly onScreen: boolean };
  readonly code?: string;
  /** An escalation prompt: the organisation's procedure; the refused command can be sent again with the keep flag. */
  readonly escalation?: EscalationPromptInfo;
  /** What only the server found in the text (a register name): its composer marks it and can send it again confirmed. */
  readonly findings?: readonly LiveFinding[];
  readonly item?: OutboxItem<LiveCommand>;
}

export interface LiveRoomView extends RoomView<LiveSessionState, LiveCommand> {
  /** Server clock minus this device's clock, for the timer. */
  readonly clockOffsetMs: number;
  readonly notices: readonly LiveNotice[];
  /** "Fatima typt…" as this screen heard it (presence, not state): shown until `until`, see typingNow. */
  readonly typing: readonly TypingSeen[];
}

export interface LiveRoomOptions extends RoomClientOptions<LiveCommand> {
  sessionId: string;
  outbox: Outbox<LiveCommand>;
  drafts: Drafts<DraftKey>;
  /** The clock for "typing…" (tests set it). */
  now?: () => number;
}

export class LiveRoomClient extends RoomClient<LiveSessionState, LiveEvent, LiveCommand, LiveCommandAck, LiveRoomView> {
  private nextNoticeId = 1;
  private readonly drafts: Drafts<DraftKey>;
  private readonly now: () => number;
  private lastTypingSent = Number.NEGATIVE_INFINITY;
  private typingTimer?: ReturnType<typeof setTimeout>;

  constructor(options: LiveRoomOptions) {
    const { sessionId } = options;
    super(
      {
        roomId: sessionId,
        events: LIVE_SOCKET_EVENTS,
        joinRequest: { sessionId },
        message: (item) => outboxMessage({ sessionId }, item),
        roomOf: (event) => event.sessionId,
        reduce: applyLiveEvent,
        leftOut: (state) => !state.participants.some((p) => p.personId === state.viewer.personId),
      },
      options,
      { clockOffsetMs: 0, notices: [], typing: [] },
    );
    this.drafts = options.drafts;
    this.now = options.now ?? Date.now;
  }

  send(command: LiveCommand, acknowledged?: Acknowledged, keep?: KeepFlagged): void {
    this.enqueue(command, acknowledged, keep);
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.view.notices.filter((n) => n.id !== id) });
  }

  /**
   * This person is typing in `phaseId`: the others hear it at most once per
   * TYPING_TIMING.sendEveryMs. Only while joined (presence is now or never:
   * nothing is queued), and no answer is awaited.
   */
  typingIn(phaseId: string, anonymous: boolean): void {
    const now = this.now();
    if (!this.isJoined || now - this.lastTypingSent < TYPING_TIMING.sendEveryMs) return;
    this.lastTypingSent = now;
    const request: LiveTypingRequest = { sessionId: this.protocol.roomId, phaseId, anonymous };
    this.options.socket.timeout(TYPING_TIMING.sendEveryMs).emit(LIVE_SOCKET_EVENTS.typing, request, () => undefined);
  }

  override stop(): void {
    clearTimeout(this.typingTimer);
    super.stop();
  }

  protected override listen(socket: LiveSocket): void {
    socket.on(LIVE_SOCKET_EVENTS.presence, (presence: LivePresence) => this.setState((state) => applyPresence(state, presence)));
    socket.on(LIVE_SOCKET_EVENTS.typing, (typing: LiveTyping) => {
      if (typing.sessionId !== this.protocol.roomId) return;
      this.update({ typing: addTyping(this.view.typing, typing, this.now()) });
      this.expireTyping();
    });
  }

  /** Takes "typing…" away when it runs out, also when nothing else happens in the room. */
  private expireTyping(): void {
    clearTimeout(this.typingTimer);
    const now = this.now();
    const live = this.view.typing.filter((t) => t.until > now);
    if (live.length !== this.view.typing.length) this.update({ typing: live });
    if (live.length === 0) return;
    const next = Math.min(...live.map((t) => t.until));
    this.typingTimer = setTimeout(() => this.expireTyping(), Math.max(0, next - now) + 10);
  }

  protected override afterJoin(state: LiveSessionState): Partial<LiveRoomView> {
    return { clockOffsetMs: serverClockOffsetMs(state.serverNow, Date.now()) };
  }

  protected settled(item: OutboxItem<LiveCommand>, ack: LiveCommandAck): void {
    if (ack.ok) {
      // An anonymous entry carries no author: the ack is how its writer recognises it.
      const createdId = ack.createdId;
      if (createdId && (item.command.type === 'contribute' || item.command.type === 'ask'))
        this.setState((state) => markOwnEntry(state, createdId));
      return;
    }
    const text = typedText(item.command);
    const restored = text === undefined ? undefined : returnSlot(item.command, this.view.state);
    if (text !== undefined && restored) this.drafts.restore(restored.slot, text);
    // Merged with what is being typed now, the box is anonymous if either text was.
    if (restored && 'anonymous' in item.command && item.command.anonymous) this.drafts.set(anonymousKey(restored.slot), '1');
    this.update({
      notices: [
        ...this.view.notices,
        {
          id: this.nextNoticeId++,
          message: ack.error.message,
          text,
          restored,
          code: ack.error.code,
          ...(ack.error.escalation ? { escalation: ack.error.escalation, item } : {}),
          ...(ack.error.findings?.length ? { findings: ack.error.findings, item } : {}),
        },
      ],
    });
  }
}

function typedText(command: LiveCommand): string | undefined {
  if (command.type === 'contribute' || command.type === 'ask' || command.type === 'editEntry') return command.body;
  // A group's name was typed too (a new group's or a new name); the default name of a new group is the room's own.
  if (command.type === 'renameGroup' || command.type === 'group') return command.label;
  return undefined;
}

/** The composer a refused command's text came from, when it is the one on screen (same phase). */
export function composerOf(command: LiveCommand, phaseId: string): DraftSlot | undefined {
  return 'phaseId' in command && command.phaseId === phaseId ? draftSlot(command) : undefined;
}

function draftSlot(command: LiveCommand): DraftSlot | undefined {
  if (command.type === 'ask') return 'question';
  if (command.type === 'contribute') return command.entryKind === 'option' ? 'option' : 'contribution';
  return undefined;
}

/** The action of the phase that shows each composer. */
const COMPOSER_ACTIONS: Record<DraftSlot, PhaseAction> = { contribution: 'contribute', question: 'ask', option: 'option' };

/** The composers the room shows now, in the order it shows them. */
export function composersShown(state: LiveSessionState): DraftSlot[] {
  const actions = currentActions(state);
  return DRAFT_SLOTS.filter((slot) => actions.includes(COMPOSER_ACTIONS[slot]));
}

/**
 * Where a refused contribution, question or option goes back, so that the person sees it: its own box when the room
 * shows it; otherwise the box the room shows now (a question sent offline after the moderator moved on to
 * contributions lands in "Jouw bijdrage", to use or throw away); with no box on the screen, its own draft, kept on the
 * device until its box is back (or shown as not sent when the room has ended).
 */
function returnSlot(command: LiveCommand, state: LiveSessionState | undefined): LiveNotice['restored'] {
  const own = draftSlot(command);
  if (!own) return undefined;
  const shown = state ? composersShown(state) : [];
  if (shown.includes(own)) return { slot: own, onScreen: true };
  return shown.length > 0 ? { slot: shown[0], onScreen: true } : { slot: own, onScreen: false };
}
