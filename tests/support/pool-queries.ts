import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

type Query = (...args: unknown[]) => unknown;
type PooledClient = { query: Query };

/**
 * Calls `seen` with the text of every query the app's own connection pool sends from now on, its values and its
 * answer to come; the returned function undoes it. The data source's clients bind their query at creation
 * (SerialClient), so each one is wrapped, also those the pool makes later.
 */
export function watchPoolQueries(
  db: DataSource,
  seen: (text: string, answered: Promise<unknown>, values: readonly unknown[]) => void,
): () => void {
  const pool = (db.driver as unknown as { master: Pool & { _clients: PooledClient[] } }).master;
  const originals = new Map<PooledClient, Query>();
  const wrap = (client: PooledClient) => {
    if (originals.has(client)) return;
    const query = client.query;
    originals.set(client, query);
    client.query = (...args: unknown[]) => {
      const config = typeof args[0] === 'string' ? { text: args[0], values: args[1] } : (args[0] as { text?: string; values?: unknown });
      const answer = query.apply(client, args);
      if (config.text) {
        // The watcher's own copy of the answer: the app handles a refusal on the original, so this one must not count
        // as a rejection nobody handled (the copy is a new promise whenever the answer comes from another realm).
        const answered = Promise.resolve(answer);
        answered.catch(() => undefined);
        seen(config.text, answered, Array.isArray(config.values) ? config.values : []);
      }
      return answer;
    };
  };
  pool._clients.forEach(wrap);
  const onConnect = (client: unknown) => wrap(client as PooledClient);
  pool.on('connect', onConnect);
  return () => {
    pool.off('connect', onConnect);
    for (const [client, query] of originals) client.query = query;
  };
}
