import { BoundedQueue } from './bounded-queue';

describe('BoundedQueue', () => {
  it('runs two at a time, lets fifty wait and refuses the rest at once with SERVER_BUSY', async () => {
    const queue = new BoundedQueue({ running: 2, waiting: 50 });
    const gates: Array<() => void> = [];
    let running = 0;
    let most = 0;
    const job = () =>
      new Promise<string>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        gates.push(() => {
          running -= 1;
          resolve('klaar');
        });
      });
    const results = Array.from({ length: 60 }, () =>
      queue.run(job).then(
        (value) => value,
        (error: { extensions?: { code?: string } }) => error.extensions?.code,
      ),
    );
    expect(queue.load).toEqual({ running: 2, waiting: 50 });
    // Let every job finish, one by one; waiters move up as slots free.
    while (gates.length) {
      gates.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcome = await Promise.all(results);
    expect(outcome.filter((r) => r === 'klaar')).toHaveLength(52);
    expect(outcome.filter((r) => r === 'SERVER_BUSY')).toHaveLength(8);
    expect(most).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a job fails', async () => {
    const queue = new BoundedQueue({ running: 1, waiting: 0 });
    await expect(queue.run(() => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    await expect(queue.run(async () => 'daarna')).resolves.toBe('daarna');
  });
});
