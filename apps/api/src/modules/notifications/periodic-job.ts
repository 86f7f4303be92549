import { Logger } from '@nestjs/common';

/**
 * Runs a job every so often in this process, never two runs at once. Jobs
 * must be safe when several API processes run them at the same moment (they
 * claim their work in the database); this only keeps one process from
 * stacking runs when a run takes longer than the interval.
 */
export class PeriodicJob {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;

  constructor(
    name: string,
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    // A pending run never keeps the process alive.
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress, so it never outlives the database connection. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current;
  }

  private tick(): Promise<void> {
    if (this.current) return this.current;
    this.current = this.work()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err }, 'Scheduled job failed; it runs again at the next interval'))
      .finally(() => {
        this.current = null;
      });
    return this.current;
  }
}
