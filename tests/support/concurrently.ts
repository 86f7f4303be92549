/**
 * Runs `work` for every item, at most `limit` at a time, and waits for all (the first failure fails the whole).
 * For a test's many independent requests: while one waits for the server, the next is under way.
 */
export async function eachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
