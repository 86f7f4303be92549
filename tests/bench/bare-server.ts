/**
 * Child process of the benchmark: the same fan-out with nothing else — a bare
 * socket.io server that joins rooms and re-broadcasts messages, without
 * login, checks, storage or PostgreSQL. Kring's figures are read against it.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { answerProbe, installProbe } from './server-probe';

const probe = installProbe(false);
const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('message', (message: { room: string }, ack: () => void) => {
    ack();
    io.to(message.room).emit('message', message);
  });
});
http.listen(0, '127.0.0.1', () => {
  answerProbe(probe);
  process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port });
});
