import { io, Socket } from 'socket.io-client';
import { GraphqlClient } from './graphql-client';

/** Opens a socket.io connection as the person logged in on `client` (their session cookie). */
export function connectSocket(baseUrl: string, client?: GraphqlClient): Promise<Socket> {
  const socket = io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}
