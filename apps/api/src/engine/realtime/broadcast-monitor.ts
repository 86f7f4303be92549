import { Injectable, Logger } from '@nestjs/common';

/** Which engine carries live events between API instances. */
export type BroadcastBusName = 'postgres' | 'redis';

interface BroadcastHealth {
  bus: BroadcastBusName;
  /** Whether this instance currently receives other instances' events (LISTEN, or the Redis reader). */
  listening: boolean;
  /** Events (and room changes) this instance could not hand to the other instances since it started. */
  failedPublishes: number;
  /**
   * The other API instances this one has heard from within the bus's heartbeat timeout; null where the bus keeps no
   * such record (the Redis streams adapter sends no heartbeats).
   */
  otherInstances: number | null;
}

/** The adapter's record of the other instances it heard (socket.io-adapter's ClusterAdapterWithHeartbeat). */
interface KnowsNodes {
  nodesMap?: Map<string, number>;
}

const logger = new Logger('Broadcast');

/**
 * What the broadcast bus did wrong, said once and counted: a publish that
 * failed (other instances miss that event until the live room's version
 * beacon makes their screens catch up), and the listening connection lost
 * and back. The counts are part of /health, so an operator sees a bus that
 * drops events without reading logs.
 */
@Injectable()
export class BroadcastMonitor {
  private state: Omit<BroadcastHealth, 'otherInstances'> = { bus: 'postgres', listening: false, failedPublishes: 0 };
  private adapter: KnowsNodes | undefined;
  /** Called each time an instance is heard that this one did not know (or had counted as gone). */
  private readonly heardListeners: (() => void)[] = [];
  /** Called each time this instance listens again after a break (and when it first listens). */
  private readonly listeningListeners: (() => void)[] = [];
  /** Since when (Date.now()) this instance has listened without a break; undefined while it does not. */
  private listeningSince: number | undefined;

  health(): BroadcastHealth {
    return { ...this.state, otherInstances: this.otherInstances() };
  }

  /**
   * The bus's adapter, whose heartbeats say which other instances are there.
   * The adapter records every instance it hears in `nodesMap` (a set per
   * message, a delete when one goes silent or closes); a key it did not have
   * is an instance heard for the first time, which the listeners are told of.
   */
  watching(adapter: KnowsNodes): void {
    this.adapter = adapter;
    const nodes = adapter.nodesMap;
    if (!nodes) return;
    const set = nodes.set.bind(nodes);
    nodes.set = (uid: string, lastSeen: number) => {
      const heardFirst = !nodes.has(uid);
      set(uid, lastSeen);
      if (heardFirst) for (const listener of this.heardListeners) listener();
      return nodes;
    };
  }

  /**
   * `listener` runs whenever another instance is heard for the first time:
   * what this instance told its screens about everyone (presence) may have
   * missed that instance's screens, if it asked before it knew the instance.
   */
  onInstanceHeard(listener: () => void): void {
    this.heardListeners.push(listener);
  }

  otherInstances(): number | null {
    // The Redis streams adapter has the map too, but sends no heartbeats to fill it.
    return this.state.bus === 'postgres' ? (this.adapter?.nodesMap?.size ?? 0) : null;
  }

  using(bus: BroadcastBusName): void {
    this.state.bus = bus;
  }

  publishFailed(error: unknown): void {
    this.state.failedPublishes++;
    logger.warn({ err: error, failedPublishes: this.state.failedPublishes }, 'A live event could not be handed to the other API instances');
  }

  /** A bus connection failed; its client reconnects by itself. */
  connectionFailed(error: unknown): void {
    logger.warn({ err: error }, `A ${this.state.bus} connection of the live-event bus failed; it reconnects by itself`);
  }

  listening(): void {
    if (this.state.listening) return;
    logger.log(`Receiving live events from other API instances (${this.state.bus})`);
    this.listeningSince = Date.now();
    this.state.listening = true;
    for (const listener of this.listeningListeners) listener();
  }

  /** `listener` runs whenever this instance listens again: what the others sent during the break was not heard. */
  onListening(listener: () => void): void {
    this.listeningListeners.push(listener);
  }

  /** How long this instance has been listening without a break, in ms (0 while it does not listen). */
  listeningForMs(): number {
    return this.state.listening && this.listeningSince !== undefined ? Date.now() - this.listeningSince : 0;
  }

  listenLost(error?: unknown): void {
    if (this.state.listening)
      logger.warn({ err: error }, `Lost the connection that receives other API instances' live events (${this.state.bus}); reconnecting`);
    this.state.listening = false;
    this.listeningSince = undefined;
  }
}
