import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { KRING_CONFIG } from '../config/config.token';
import { KringConfig } from '../config/kring-config';
import { installCronWindow } from './cron-window';
import { poolOf } from '../database/pool-of';

/** The PostgreSQL schema pg-boss lives in; installed by migration 1767400000000-job-queue, never by pg-boss itself. */
const JOB_SCHEMA = 'pgboss';

/** How a job is retried when its handler throws: `retryLimit` more tries, the delay doubling each time (with jitter). */
interface RetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
}

interface Worker {
  handle: (data: unknown) => Promise<unknown>;
  retry: RetryPolicy;
}

interface Periodic {
  cron: string;
  work: () => Promise<unknown>;
}

/** What pg-boss needs to run SQL (its own type): the pg pool, or the connection of a transaction in progress. */
const executor = (target: Pool | PoolClient): PgBoss.Db => ({ executeSql: (text, values) => target.query(text, values as unknown[]) });

/** Periodic jobs run on Dutch wall-clock time ("at 03:00" means 03:00 in the Netherlands, summer and winter). */
const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Kring's one job queue (pg-boss on Kring's own PostgreSQL): work that must not be lost (mail) and periodic work
 * (reminders, retention) run here, outside the request that caused them, retried with backoff when they fail.
 * Safe with several API processes: a job is fetched by one process (SKIP LOCKED), and a schedule's tick is turned
 * into one job however many processes keep time (pg-boss's cron uses a singleton slot per minute).
 *
 * Features register in `onModuleInit` (`handle`, `every`); the queue starts once the app boots.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly workers = new Map<string, Worker>();
  private readonly periodic = new Map<string, Periodic>();
  private readonly pool: Pool;
  private readonly boss: PgBoss;
  /** This process's pg-boss worker per queue, woken when a job for it is there (wake). */
  private readonly workerIds = new Map<string, string>();
  /** Queues that got a job inside a transaction still open: woken when it commits. */
  private readonly afterCommit = new WeakMap<QueryRunner, Set<string>>();
  /**
   * pg-boss's own statements under way. It marks a job complete without waiting for that statement (manager.js), so a
   * stop right after a job could close the pool under it: the stop waits for them (onModuleDestroy).
   */
  private readonly underWay = new Set<Promise<unknown>>();

  constructor(
    @Inject(KRING_CONFIG) private readonly config: KringConfig,
    @InjectDataSource() db: DataSource,
  ) {
    // The app's own pool (TypeORM's pg driver): no second pool per process.
    this.pool = poolOf(db);
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => this.tracked(this.pool.query(text, values as unknown[])) },
      schema: JOB_SCHEMA,
      // Our migrations are the truth about the schema: pg-boss only checks that it is at the version it expects.
      migrate: false,
      // Finished jobs (a mail's body, a reset link) are not kept longer than needed to see what happened.
      archiveCompletedAfterSeconds: 60 * 60,
      archiveFailedAfterSeconds: 7 * 24 * 60 * 60,
      deleteAfterHours: 24,
      pollingIntervalSeconds: config.jobs.pollSeconds,
      // pg-boss refuses a clock slower than 45 s (and stopped the start of a Kring with JOB_POLL_SECONDS=60).
      cronWorkerIntervalSeconds: Math.min(45, Math.max(1, config.jobs.pollSeconds)),
      schedule: config.jobs.periodic,
    });
    this.boss.on('error', (err) => this.logger.error({ err }, 'Job queue error; it keeps running'));
    // A job put on the queue in a transaction is there for workers once it commits (not at a rollback).
    db.subscribers.push({
      afterTransactionCommit: ({ queryRunner }: TransactionCommitEvent) => this.committed(queryRunner, true),
      afterTransactionRollback: ({ queryRunner }: TransactionRollbackEvent) => this.committed(queryRunner, false),
    });
    // Its clock's every-30-seconds look at the schedules, without blocking the event loop (cron-window.ts).
    installCronWindow();
  }

  /** Runs `handle` for every job put on `queue`; a throw retries the job by `retry`. Call in `onModuleInit`. */
  handle<T>(queue: string, retry: RetryPolicy, handle: (data: T) => Promise<unknown>): void {
    if (this.workers.has(queue)) throw new Error(`Job queue ${queue} has two handlers`);
    this.workers.set(queue, { handle: handle as Worker['handle'], retry });
  }

  /**
   * Runs `work` on the schedule `cron` (Dutch time), in one process of all that run. CRON_<QUEUE> in the environment
   * (e.g. CRON_REMINDERS="0 * * * *") replaces the default. A run that fails is logged and tried again once.
   * With PERIODIC_JOBS=off this process neither keeps time nor runs periodic jobs.
   */
  every(queue: string, cron: string, work: () => Promise<unknown>): void {
    if (!this.config.jobs.periodic) return;
    if (this.periodic.has(queue) || this.workers.has(queue)) throw new Error(`Job queue ${queue} is registered twice`);
    this.periodic.set(queue, { cron: this.config.jobs.cron[queue] ?? cron, work });
  }

  /**
   * Puts a job on `queue`. With `manager` (a transaction in progress) the job is stored in that transaction:
   * it exists exactly when the write that caused it was committed.
   */
  async enqueue(queue: string, data: object, manager?: EntityManager): Promise<void> {
    const worker = this.workers.get(queue);
    if (!worker) throw new Error(`No handler for job queue ${queue}`);
    const transaction = manager?.queryRunner?.isTransactionActive ? manager.queryRunner : undefined;
    const client = transaction ? (transaction as unknown as { databaseConnection: PoolClient }).databaseConnection : null;
    const id = await this.boss.send(queue, data, {
      retryLimit: worker.retry.retryLimit,
      retryDelay: worker.retry.retryDelaySeconds,
      retryBackoff: true,
      db: executor(client ?? this.pool),
    });
    if (!id) throw new Error(`Job queue ${queue} refused a job`);
    if (transaction) this.afterCommit.set(transaction, (this.afterCommit.get(transaction) ?? new Set<string>()).add(queue));
    else this.wake(queue);
  }

  /**
   * This process's worker for `queue` looks for jobs now instead of at its next poll (JOB_POLL_SECONDS): a mail
   * leaves as soon as the write that caused it is stored. Other processes still find it at their poll.
   */
  private wake(queue: string): void {
    const id = this.workerIds.get(queue);
    if (id) this.boss.notifyWorker(id);
  }

  /** At the end of the outermost transaction (TypeORM reports a savepoint's too): its jobs' workers are woken if it committed. */
  private committed(queryRunner: QueryRunner | undefined, stored: boolean): void {
    if (!queryRunner || queryRunner.isTransactionActive) return;
    const queues = this.afterCommit.get(queryRunner);
    if (!queues) return;
    this.afterCommit.delete(queryRunner);
    if (stored) queues.forEach((queue) => this.wake(queue));
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const queue of this.workers.keys()) await this.boss.createQueue(queue);
    for (const [queue, { cron }] of this.periodic) {
      // Stately: one run at a time and at most one waiting, so a slow run never piles up ticks behind it.
      await this.boss.createQueue(queue, { name: queue, policy: 'stately' });
      // Before start: the queue's clock looks at the schedules as it starts, and then only every 30 s.
      await this.boss.schedule(queue, cron, {}, { tz: TIME_ZONE, retryLimit: 1, retryDelay: 60 });
    }
    await this.boss.start();
    for (const [queue, worker] of this.workers) {
      const id = await this.boss.work<unknown>(queue, async ([job]) => {
        try {
          await worker.handle(job.data);
        } catch (err) {
          // Never the job's data in the log: it may be a mail with a personal link.
          this.logger.warn({ err, queue, jobId: job.id }, 'Job failed; the queue tries it again later');
          throw err;
        } finally {
          // pg-boss fetches one job per poll: the next one waiting (ten invitations at once) goes now, not a poll later.
          this.wake(queue);
        }
      });
      this.workerIds.set(queue, id);
    }
    for (const [queue, { work }] of this.periodic) {
      await this.boss.work(queue, async () => {
        try {
          await work();
        } catch (err) {
          this.logger.error({ err, queue }, 'Scheduled job failed; it runs again at its next time');
          throw err;
        }
      });
    }
  }

  /** Before the database pool closes: running jobs finish (or are marked failed and retried later). */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, close: false, wait: true });
    // Before the pool closes with the app: a job's completion may still be on its way.
    await Promise.allSettled([...this.underWay]);
  }

  private tracked<T>(statement: Promise<T>): Promise<T> {
    this.underWay.add(statement);
    void statement.finally(() => this.underWay.delete(statement)).catch(() => undefined);
    return statement;
  }
}
