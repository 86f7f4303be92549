/**
 * Child process of the benchmark: the baselines Kring is read against, one
 * bare socket.io server (no login, no checks) that joins rooms and
 * re-broadcasts messages, in one of three modes (BENCH_BARE_MODE):
 *   bare     — nothing else: the fan-out itself;
 *   adapter  — with Kring's PostgreSQL broadcast bus (the same adapter, pool and settings as Kring), publishing
 *              every message (a NOTIFY each) as Kring did before it learnt to skip the bus when alone;
 *   durable  — adapter plus one durable INSERT per message (synchronous_commit on, a pool of 10) before the
 *              ack and the broadcast: the practical limit of "stored before shown".
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { Server } from 'socket.io';
import { postgresBus } from '../../../apps/api/src/engine/realtime/postgres-bus';
import { BroadcastMonitor } from '../../../apps/api/src/engine/realtime/broadcast-monitor';
import { answerProbe, installProbe } from './server-probe';

type Mode = 'bare' | 'adapter' | 'durable';
const mode = (process.env.BENCH_BARE_MODE ?? 'bare') as Mode;
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (mode !== 'bare' && !databaseUrl) throw new Error(`BENCH_BARE_MODE=${mode} needs BENCH_DATABASE_URL`);

// Installed before any connection is opened, so every statement is counted.
const probe = installProbe(mode !== 'bare');
const http = createServer();
const io = new Server(http, { serveClient: false });
if (mode !== 'bare') io.adapter(postgresBus(databaseUrl!, new BroadcastMonitor(), { skipWhenAlone: false }).adapter);
const store = mode === 'durable' ? new Pool({ connectionString: databaseUrl, max: 10 }) : undefined;

interface Message {
  room: string;
  key: string;
  body: string;
}

io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('message', (message: Message, ack: (result?: { error: string }) => void) => {
    if (!store) {
      ack();
      io.to(message.room).emit('message', message);
      return;
    }
    store.query('INSERT INTO bench_message (room, key, body) VALUES ($1, $2, $3)', [message.room, message.key, message.body]).then(
      () => {
        ack();
        io.to(message.room).emit('message', message);
      },
      (error: Error) => ack({ error: error.message }),
    );
  });
});
http.listen(0, '127.0.0.1', () => {
  answerProbe(probe);
  process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port });
});
