import { UserError } from '../graphql/user-error';

/**
 * Runs at most `running` jobs at once and lets at most `waiting` more wait;
 * beyond that a job is refused at once with SERVER_BUSY. For work that is
 * expensive on purpose (argon2 password hashing: memory and a thread of
 * libuv's small pool each): a flood of logins then waits its turn or is
 * turned away, instead of starving the threads that serve pages and files.
 */
export class BoundedQueue {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly limits: { running: number; waiting: number }) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.running) {
      if (this.queue.length >= this.limits.waiting) throw new UserError('SERVER_BUSY', {}, [], 503);
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await job();
    } finally {
      // The slot passes straight to the next waiter, so `active` never drops below a running job.
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.queue.length };
  }
}
