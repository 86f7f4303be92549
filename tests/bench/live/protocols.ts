import type { LiveCommandAck, LiveEvent, LiveJoinAck } from '@kring/domain';
import { LeanSocket } from './lean-socket';
import { PHASE, Seat } from './seed';

/** How the bench's clients talk to a server: Kring's live protocol, or the bare broadcast of the baselines. */
export interface Protocol {
  connect(url: string, seat: Seat): Promise<LeanSocket>;
  join(socket: LeanSocket, seat: Seat): Promise<void>;
  /** Resolves with the ack; rejects when refused or after the ack timeout. */
  send(socket: LeanSocket, seat: Seat, key: string, n: number): Promise<void>;
  /** The key of a received message, if it is one of the measured ones. */
  keyOf(message: unknown): string | undefined;
  event: string;
}

const ACK_TIMEOUT_MS = 60_000;

// The number is glued to a letter: a bare "112" (the emergency number) is an escalation signal, and the 112th
// contribution was refused with the escalation prompt.
const body = (seat: Seat, n: number) => `Bijdrage nr${n} van ${seat.personId.slice(0, 8)}: wat ik zou doen.`;

export const KRING: Protocol = {
  connect: (url, seat) => LeanSocket.connect(url, `kring_session=${seat.token}`),
  async join(socket, seat) {
    const ack = (await socket.emitWithAck('session:join', { sessionId: seat.sessionId }, ACK_TIMEOUT_MS)) as LiveJoinAck;
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  },
  async send(socket, seat, key, n) {
    const command = { type: 'contribute', phaseId: PHASE.id, body: body(seat, n) };
    const ack = (await socket.emitWithAck(
      'session:command',
      { sessionId: seat.sessionId, clientKey: key, command },
      ACK_TIMEOUT_MS,
    )) as LiveCommandAck;
    if (!ack.ok) throw new Error(`contribution refused: ${ack.error.code}`);
  },
  keyOf: (event) =>
    (event as LiveEvent).type === 'entryAdded' ? (event as Extract<LiveEvent, { type: 'entryAdded' }>).entry.clientKey : undefined,
  event: 'session:event',
};

/** The baselines: join a room, send a message with an ack, everyone in the room gets it. */
export const BARE: Protocol = {
  connect: (url) => LeanSocket.connect(url),
  join: async (socket, seat) => {
    await socket.emitWithAck('join', seat.sessionId, ACK_TIMEOUT_MS);
  },
  async send(socket, seat, key, n) {
    const ack = (await socket.emitWithAck('message', { room: seat.sessionId, key, body: body(seat, n) }, ACK_TIMEOUT_MS)) as
      { error?: string } | undefined;
    if (ack?.error) throw new Error(`message not stored: ${ack.error}`);
  },
  keyOf: (message) => (message as { key?: string }).key,
  event: 'message',
};
