import type { LiveEvent } from '@kring/domain';
import { io, Socket } from 'socket.io-client';
import { PHASE, Seat } from './seed';

/** How the bench's clients talk to a server: Kring's live protocol, or the bare broadcast of the baselines. */
export interface Protocol {
  connect(url: string, seat: Seat): Promise<Socket>;
  join(socket: Socket, seat: Seat): Promise<void>;
  /** Resolves with the ack; rejects when refused or after the ack timeout. */
  send(socket: Socket, seat: Seat, key: string, n: number): Promise<void>;
  /** The key of a received message, if it is one of the measured ones. */
  keyOf(message: unknown): string | undefined;
  event: string;
}

const ACK_TIMEOUT_MS = 60_000;

function connectSocket(url: string, cookie?: string): Promise<Socket> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const body = (seat: Seat, n: number) => `Bijdrage ${n} van ${seat.personId.slice(0, 8)}: wat ik zou doen.`;

export const KRING: Protocol = {
  connect: (url, seat) => connectSocket(url, `kring_session=${seat.token}`),
  async join(socket, seat) {
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:join', { sessionId: seat.sessionId });
    if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  },
  async send(socket, seat, key, n) {
    const command = { type: 'contribute', phaseId: PHASE.id, body: body(seat, n) };
    const ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:command', { sessionId: seat.sessionId, clientKey: key, command });
    if (!ack.ok) throw new Error(`contribution refused: ${ack.error.code}`);
  },
  keyOf: (event) =>
    (event as LiveEvent).type === 'entryAdded' ? (event as Extract<LiveEvent, { type: 'entryAdded' }>).entry.clientKey : undefined,
  event: 'session:event',
};

/** The baselines: join a room, send a message with an ack, everyone in the room gets it. */
export const BARE: Protocol = {
  connect: (url) => connectSocket(url),
  join: (socket, seat) => socket.timeout(ACK_TIMEOUT_MS).emitWithAck('join', seat.sessionId),
  async send(socket, seat, key, n) {
    const ack: { error?: string } | undefined = await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('message', { room: seat.sessionId, key, body: body(seat, n) });
    if (ack?.error) throw new Error(`message not stored: ${ack.error}`);
  },
  keyOf: (message) => (message as { key?: string }).key,
  event: 'message',
};
