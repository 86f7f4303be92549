import { createServer, Server as HttpServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Namespace, Server } from 'socket.io';
import { ClusterAdapter, ClusterMessage, MessageType } from 'socket.io-adapter';
import { io, Socket } from 'socket.io-client';
import { BroadcastMonitor } from './broadcast-monitor';
import { localFirst } from './local-first';

/** A bus whose publish never completes (a NOTIFY stuck behind others) or fails (the bus is down). */
class TestBus extends ClusterAdapter {
  readonly published: ClusterMessage[] = [];
  constructor(
    nsp: Namespace,
    private readonly outcome: 'stuck' | 'down',
  ) {
    super(nsp);
  }
  protected doPublish(message: ClusterMessage): Promise<string> {
    this.published.push(message);
    return this.outcome === 'stuck' ? new Promise(() => undefined) : Promise.reject(new Error('bus down'));
  }
  protected doPublishResponse(): Promise<void> {
    return Promise.resolve();
  }
  override serverCount(): Promise<number> {
    return Promise.resolve(1);
  }
}

describe("localFirst: this instance's sockets get a broadcast without waiting for the bus", () => {
  let http: HttpServer;
  let server: Server;
  let client: Socket;
  let bus: TestBus;
  let monitor: BroadcastMonitor;

  async function start(outcome: 'stuck' | 'down', wrapped: boolean, alone?: () => boolean): Promise<void> {
    monitor = new BroadcastMonitor();
    const create = function (nsp: Namespace) {
      bus = new TestBus(nsp, outcome);
      return bus;
    };
    http = createServer();
    server = new Server(http, { serveClient: false });
    server.adapter((wrapped ? localFirst(create, monitor, alone) : create) as never);
    server.on('connection', (socket) => void socket.join('room'));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    client = io(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    // Joining publishes nothing here (no cluster call), but give the server a moment to put the socket in its room.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const received = (withinMs: number) =>
    new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), withinMs);
      client.once('session:event', (event: unknown) => {
        clearTimeout(timer);
        resolve(event);
      });
    });

  afterEach(async () => {
    client.close();
    await server.close();
  });

  it("socket.io's own cluster adapter holds the local emit until the bus answers (what localFirst fixes)", async () => {
    await start('stuck', false);
    const arrival = received(300);
    server.to('room').emit('session:event', { version: 1 });
    expect(await arrival).toBeUndefined();
  });

  it('with localFirst the local socket has it at once, and the other instances are sent the same packet', async () => {
    await start('stuck', true);
    const arrival = received(1_000);
    server.to('room').emit('session:event', { version: 1 });
    expect(await arrival).toEqual({ version: 1 });
    expect(bus.published).toHaveLength(1);
    expect(bus.published[0]).toMatchObject({
      type: MessageType.BROADCAST,
      data: { packet: { data: ['session:event', { version: 1 }] }, opts: { rooms: ['room'] } },
    });
    expect(monitor.health().failedPublishes).toBe(0);
  });

  it('a failed publish is counted (and logged), and the local socket still has the event', async () => {
    await start('down', true);
    const arrival = received(1_000);
    server.to('room').emit('session:event', { version: 2 });
    expect(await arrival).toEqual({ version: 2 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(monitor.health().failedPublishes).toBe(1);
  });

  const closedBy = (withinMs: number) =>
    new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), withinMs);
      client.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });

  it("socket.io's own cluster adapter closes this instance's sockets only once the bus answers (what localFirst fixes)", async () => {
    await start('stuck', false);
    const closed = closedBy(300);
    server.in('room').disconnectSockets(true);
    expect(await closed).toBeUndefined();
  });

  it("with localFirst a logout closes this instance's sockets at once, and the other instances are told", async () => {
    await start('stuck', true);
    const closed = closedBy(1_000);
    server.in('room').disconnectSockets(true);
    expect(await closed).toBe('io server disconnect');
    expect(bus.published).toHaveLength(1);
    expect(bus.published[0]).toMatchObject({ type: MessageType.DISCONNECT_SOCKETS, data: { opts: { rooms: ['room'] }, close: true } });
  });

  it('with localFirst sockets leave and join rooms here at once, and the other instances are told', async () => {
    await start('stuck', true);
    server.in('room').socketsJoin('elsewhere');
    server.in('room').socketsLeave('room');
    const inRoom = received(300);
    server.to('room').emit('session:event', { version: 5 });
    expect(await inRoom).toBeUndefined();
    const elsewhere = received(1_000);
    server.to('elsewhere').emit('session:event', { version: 6 });
    expect(await elsewhere).toEqual({ version: 6 });
    expect(bus.published.map((message) => [message.type, (message as { data: { rooms?: string[] } }).data.rooms])).toEqual([
      [MessageType.SOCKETS_JOIN, ['elsewhere']],
      [MessageType.SOCKETS_LEAVE, ['room']],
      [MessageType.BROADCAST, undefined],
      [MessageType.BROADCAST, undefined],
    ]);
  });

  it('an instance that is alone emits to its own sockets and hands nothing to the bus; joined by another, it publishes again', async () => {
    let alone = true;
    await start('stuck', true, () => alone);
    const first = received(1_000);
    server.to('room').emit('session:event', { version: 3 });
    expect(await first).toEqual({ version: 3 });
    expect(bus.published).toHaveLength(0);
    alone = false;
    const second = received(1_000);
    server.to('room').emit('session:event', { version: 4 });
    expect(await second).toEqual({ version: 4 });
    expect(bus.published.map((message) => message.type)).toEqual([MessageType.BROADCAST]);
  });
});
