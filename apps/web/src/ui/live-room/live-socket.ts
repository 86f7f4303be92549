import { io, type Socket } from 'socket.io-client';

/**
 * The socket of every live room, WebSocket only: no HTTP long-polling first,
 * so each connection lives on one API instance by itself and several
 * instances behind a load balancer need no sticky sessions (README,
 * "Several instances"). Connected by the room client, not on creation.
 */
export function liveSocket(): Socket {
  return io({ path: '/socket.io', transports: ['websocket'], autoConnect: false });
}
