import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { LeanSocket } from './lean-socket';
import type { Protocol } from './protocols';
import type { Seat } from './seed';

/** One contribution, timed from the moment it was due (not when the loop got round to it). */
export interface Sent {
  key: string;
  seat: number;
  dueAt: number;
  ackAt?: number;
  echoAt?: number;
  /** When the last of the other participants had it. */
  allAt?: number;
  peersLeft: number;
  failed?: string;
}

/**
 * The clients of one target: every seat connected and joined, and every
 * message any of them receives booked against what was sent. Counts
 * deliveries that arrive twice at one screen (duplicates) as well.
 */
export class Room {
  private readonly sent = new Map<string, Sent>();
  private readonly seenBy = new Map<string, Set<number>>();
  private sockets: LeanSocket[] = [];
  duplicateDeliveries = 0;
  private sequence = 0;

  constructor(
    private readonly protocol: Protocol,
    private readonly seats: Seat[],
    private readonly participants: number,
  ) {}

  /** Connects and joins in batches of 50, as people arriving rather than one burst. */
  async open(url: string): Promise<void> {
    for (let i = 0; i < this.seats.length; i += 50) {
      const batch = await Promise.all(this.seats.slice(i, i + 50).map((seat, j) => this.connect(url, seat, i + j)));
      this.sockets.push(...batch);
    }
  }

  private async connect(url: string, seat: Seat, index: number): Promise<LeanSocket> {
    const socket = await this.protocol.connect(url, seat);
    socket.on(this.protocol.event, (message: unknown) => {
      const key = this.protocol.keyOf(message);
      const sent = key ? this.sent.get(key) : undefined;
      if (!sent || !key) return;
      const seen = this.seenBy.get(key)!;
      if (seen.has(index)) {
        this.duplicateDeliveries++;
        return;
      }
      seen.add(index);
      const now = performance.now();
      if (index === sent.seat) sent.echoAt = now;
      else if (--sent.peersLeft === 0) sent.allAt = now;
    });
    await this.protocol.join(socket, seat);
    return socket;
  }

  close(): void {
    this.sockets.forEach((socket) => socket.close());
  }

  /** Every contribution sent so far (warm-up included), for the stored-rows check. */
  all(): Sent[] {
    return [...this.sent.values()];
  }

  inFlight(): number {
    let waiting = 0;
    for (const sent of this.sent.values()) if (sent.ackAt === undefined && !sent.failed) waiting++;
    return waiting;
  }

  /**
   * Open loop: contributions are due at fixed intervals (rate per second),
   * from seats taken round-robin across every session, whatever the server
   * answers. Stops early when `maxInFlight` contributions wait for their
   * ack (the server cannot keep up; sending more only grows its queue).
   * Resolves with what was sent in this window once it is done or the drain time is up.
   */
  async offer(rate: number, seconds: number, drainSeconds: number, maxInFlight: number): Promise<{ sent: Sent[]; stoppedEarly: boolean }> {
    const window: Sent[] = [];
    const total = Math.round(rate * seconds);
    const started = performance.now();
    let stoppedEarly = false;
    let inFlight = 0;
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const now = performance.now();
        while (window.length < total && started + (window.length * 1000) / rate <= now) {
          if (inFlight >= maxInFlight) {
            stoppedEarly = true;
            break;
          }
          const dueAt = started + (window.length * 1000) / rate;
          const seatIndex = this.sequence++ % this.seats.length;
          // Round-robin that moves to the next session with every contribution: seat i of room r, then of room r+1, …
          const seat = (seatIndex % this.sessions()) * this.participants + (Math.floor(seatIndex / this.sessions()) % this.participants);
          const sent: Sent = { key: randomUUID(), seat, dueAt, peersLeft: this.participants - 1 };
          this.sent.set(sent.key, sent);
          this.seenBy.set(sent.key, new Set());
          window.push(sent);
          inFlight++;
          this.protocol.send(this.sockets[seat], this.seats[seat], sent.key, this.sequence).then(
            () => {
              sent.ackAt = performance.now();
              inFlight--;
            },
            (error: Error) => {
              sent.failed = error.message;
              inFlight--;
            },
          );
        }
        if (window.length >= total || stoppedEarly) {
          clearInterval(tick);
          resolve();
        }
      }, 1);
    });
    const until = performance.now() + drainSeconds * 1000;
    const done = () => window.every((s) => s.failed || (s.ackAt !== undefined && s.echoAt !== undefined && s.allAt !== undefined));
    while (!done() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    return { sent: window, stoppedEarly };
  }

  /** Waits (bounded) until nothing waits for an ack any more, so one window's backlog does not spill into the next. */
  async settle(maxSeconds: number): Promise<void> {
    const until = performance.now() + maxSeconds * 1000;
    while (this.inFlight() > 0 && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  private sessions(): number {
    return this.seats.length / this.participants;
  }
}
