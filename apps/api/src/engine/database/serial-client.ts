import { Client, ClientConfig } from 'pg';

type AnyQuery = (...args: unknown[]) => unknown;

/**
 * A pg client that runs the queries sent to it one after the other, itself.
 *
 * Services read in parallel (`Promise.all`) for speed. On the pool each read gets its own connection, but inside a
 * transaction they all share one, and pg 8 then queues them internally with a deprecation warning; pg 9 will refuse.
 * Queuing here keeps the callers' code the same in both places and keeps working on pg 9. Only the promise form
 * (text or config, values) is queued: the callback and streaming forms belong to pg's own pool and to cursors,
 * which already wait for their turn.
 */
export class SerialClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const send = (super.query as AnyQuery).bind(this);
    let tail: Promise<unknown> = Promise.resolve();
    const serial: AnyQuery = (...args) => {
      const [first] = args;
      const streaming = typeof first === 'object' && first !== null && 'submit' in first;
      if (typeof args[args.length - 1] === 'function' || streaming) return send(...args);
      const run = tail.then(() => send(...args));
      tail = run.catch(() => undefined);
      return run;
    };
    this.query = serial as Client['query'];
  }
}
