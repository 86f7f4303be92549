import WebSocket from 'ws';

/**
 * A bench screen's socket: socket.io's own wire protocol (Engine.IO 4 with
 * Socket.IO 5 packets on the default namespace) over one websocket, without
 * socket.io-client's machinery per packet.
 *
 * Why: the bench's 1,000 screens run in one process on the same two cores as
 * the server and PostgreSQL under test. With socket.io-client they cost
 * about 1 ms of processor time per contribution at 800 /s (21 deliveries),
 * as much as the server itself, and the knee measured their saturation as
 * much as the server's. On a real team the screens are laptops and phones.
 * Every screen still receives every delivery on its own connection and
 * reads it (JSON) before it is booked; every baseline uses the same client.
 */
export class LeanSocket {
  private nextAck = 0;
  private readonly acks = new Map<number, (answer: unknown) => void>();
  private readonly listeners = new Map<string, { prefix: string; listener: (payload: unknown) => void }>();

  private constructor(private readonly ws: WebSocket) {}

  static connect(url: string, cookie?: string): Promise<LeanSocket> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
      headers: cookie ? { cookie } : {},
      perMessageDeflate: false,
    });
    const socket = new LeanSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.on('message', (data: Buffer) => {
        const text = data.toString();
        // Engine.IO: 0 open (then join the default namespace), 2 ping (answer pong), 4 a Socket.IO packet.
        if (text === '2') ws.send('3');
        else if (text.startsWith('0')) ws.send('40');
        else if (text.startsWith('40')) resolve(socket);
        else if (text.startsWith('44')) reject(new Error(`connect refused: ${text.slice(2)}`));
        else socket.receive(text);
      });
    });
  }

  /** Listens to one event; only its packets are read (JSON), the others are recognised by their first bytes. */
  on(event: string, listener: (payload: unknown) => void): void {
    this.listeners.set(event, { prefix: `42["${event}",`, listener });
  }

  /** Emits with an ack: resolves with the server's answer, rejects after `timeoutMs`. */
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown> {
    const id = this.nextAck++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error('operation has timed out'));
      }, timeoutMs);
      this.acks.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    });
  }

  close(): void {
    this.ws.close();
  }

  private receive(text: string): void {
    if (text.startsWith('43')) {
      // An ack: 43<id>[answer]
      const open = text.indexOf('[');
      const id = Number(text.slice(2, open));
      const answer = this.acks.get(id);
      this.acks.delete(id);
      answer?.((JSON.parse(text.slice(open)) as unknown[])[0]);
      return;
    }
    for (const { prefix, listener } of this.listeners.values()) {
      if (text.startsWith(prefix)) listener((JSON.parse(text.slice(2)) as unknown[])[1]);
    }
  }
}
