import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableParallelism } from 'node:os';
import type { PoolClient, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import { preparedName, queryPrepared } from './prepared';
import { poolOf } from './pool-of';
import { sqlLiteral } from './utils/sql-literal';

/**
 * Statements or groups at PostgreSQL at once. More would only queue inside
 * PostgreSQL on the same cores; while they run, new ones wait here and leave
 * together as one group.
 */
const IN_FLIGHT = Math.max(2, availableParallelism());
/** The most statements in one group (its text stays a few tens of kilobytes). */
const MAX_GROUP = 32;
/**
 * A room whose row another transaction holds must not hold up every other
 * room: a group waits this long for a row lock at most (then its statements
 * run alone), and a statement or group still running after this long gives
 * its place in flight to the next ones.
 */
const LOCK_WAIT_MS = 250;

/** A statement waiting for its turn. */
interface Waiting {
  readonly text: string;
  readonly values: readonly unknown[];
  /** The row the statement locks first: a group runs its statements in this order, so two groups lock rows in the same order and cannot deadlock. */
  readonly lockKey: string;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/**
 * Group commit for statements that each stand alone (a live command's one
 * statement): while IN_FLIGHT of them are running, the next ones wait and
 * then go to PostgreSQL together in one round trip, as one transaction, so a
 * group pays once for what every commit costs (the round trip, the
 * transaction, the WAL flush). bench:live at 800 contributions/s: PostgreSQL's
 * time per command 1.13 → 0.57 ms, the server's 1.33 → 1.04 ms (docs/bench-live.md,
 * session 10). Below that rate nothing waits and every statement runs alone, as before.
 *
 * Every statement keeps its own result: the group is one implicit
 * transaction, so if any statement fails nothing of the group is stored, and
 * each then runs alone and meets its own outcome (a duplicate key, a missed
 * condition). An answer always means the statement is committed.
 */
@Injectable()
export class GroupCommit {
  private waiting: Waiting[] = [];
  /** Per room, the starts of the transactions of its own waiting for it (`holdingRoom`), in the order they came; taken before its statements. */
  private readonly transactions = new Map<string, (() => void)[]>();
  private running = 0;
  /**
   * The rooms (lock keys) of the statements at PostgreSQL now. A group never
   * takes a statement of one of them: it would wait for that row until the
   * other group commits, and the two places in flight would work one after
   * the other (with one queue, a group of 32 over 50 rooms nearly always held
   * a room of the group before it; docs/bench-live.md, session 13). A room's
   * next statements leave together once its group is answered.
   */
  private readonly held = new Set<string>();
  /** Per connection, the statements prepared under their group name (a closed connection takes its set with it). */
  private readonly prepared = new WeakMap<PoolClient, Set<string>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(text: string, values: readonly unknown[], lockKey: string): Promise<T[]> {
    return new Promise<unknown[]>((resolve, reject) => {
      this.waiting.push({ text, values, lockKey, resolve, reject });
      // A statement of a room in flight leaves when that group is answered (which calls next): no scan of the queue for it now.
      if (!this.held.has(lockKey)) this.next();
    }) as Promise<T[]>;
  }

  /**
   * Runs `transaction` (a whole transaction that locks the room's row: a live
   * command's full pipeline) while nothing else of the room is in flight here,
   * and holds the room until it is answered. PostgreSQL would order the two on
   * the row lock anyway, but their answers come back on different connections
   * and can pass each other under load: a statement that committed second was
   * published first (tests/integration/live-scale-out.spec.ts). One after the
   * other in this process, a room's changes are answered, and published, in
   * version order. It takes no place in flight: it has its own connection.
   */
  holdingRoom<T>(lockKey: string, transaction: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.held.add(lockKey);
        transaction()
          .then(resolve, reject)
          .finally(() => {
            this.held.delete(lockKey);
            this.next();
          });
      };
      const queue = this.transactions.get(lockKey) ?? [];
      this.transactions.set(lockKey, [...queue, start]);
      this.next();
    });
  }

  private next(): void {
    this.startTransactions();
    while (this.running < IN_FLIGHT) {
      const group = this.take();
      if (group.length === 0) return;
      this.running += 1;
      const rooms = new Set(group.map((item) => item.lockKey));
      rooms.forEach((room) => this.held.add(room));
      let holding = true;
      const leave = () => {
        if (!holding) return;
        holding = false;
        clearTimeout(timer);
        this.running -= 1;
        this.next();
      };
      const timer = setTimeout(leave, LOCK_WAIT_MS);
      void this.send(group).finally(() => {
        // A group that gave up its place (LOCK_WAIT_MS) still holds its rows until it is answered.
        rooms.forEach((room) => this.held.delete(room));
        leave();
        this.next();
      });
    }
  }

  /** The first waiting transaction of each room nothing holds now: it goes before the room's waiting statements. */
  private startTransactions(): void {
    for (const [lockKey, queue] of this.transactions) {
      if (this.held.has(lockKey)) continue;
      const [start, ...rest] = queue;
      if (rest.length > 0) this.transactions.set(lockKey, rest);
      else this.transactions.delete(lockKey);
      start();
    }
  }

  /** Up to MAX_GROUP waiting statements of rooms no group or transaction in flight holds, in the order they came. */
  private take(): Waiting[] {
    const group: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const item of this.waiting) (group.length < MAX_GROUP && !this.held.has(item.lockKey) ? group : rest).push(item);
    this.waiting = rest;
    return group;
  }

  private async send(group: Waiting[]): Promise<void> {
    const named = group.every((item) => preparedName(item.text) !== undefined);
    if (group.length === 1 || !named) {
      await this.eachAlone(group);
      return;
    }
    // The order of the locks; commands of one room keep the order they came in (the sort is stable).
    const ordered = [...group].sort((a, b) => (a.lockKey < b.lockKey ? -1 : a.lockKey > b.lockKey ? 1 : 0));
    let results: QueryResult[];
    try {
      results = await this.together(ordered);
    } catch {
      // Nothing of the group was stored: each runs alone and gets its own answer.
      await this.eachAlone(group);
      return;
    }
    ordered.forEach((item, index) => item.resolve(results[index].rows));
  }

  /**
   * Each statement on its own: rooms side by side, a room's statements one after the other. Side by side they would
   * commit in the order of the room's row lock but could be answered the other way round (on different connections).
   */
  private async eachAlone(group: Waiting[]): Promise<void> {
    const byRoom = new Map<string, Waiting[]>();
    for (const item of group) byRoom.set(item.lockKey, [...(byRoom.get(item.lockKey) ?? []), item]);
    await Promise.all(
      [...byRoom.values()].map(async (items) => {
        for (const item of items) await this.alone(item);
      }),
    );
  }

  private async alone(item: Waiting): Promise<void> {
    try {
      item.resolve(await queryPrepared(this.db, item.text, [...item.values]));
    } catch (error) {
      item.reject(error);
    }
  }

  /** The group as one query of EXECUTEs: one round trip, one implicit transaction. */
  private async together(group: Waiting[]): Promise<QueryResult[]> {
    const client = await poolOf(this.db).connect();
    let broken: Error | undefined;
    try {
      const ready = this.prepared.get(client) ?? new Set<string>();
      this.prepared.set(client, ready);
      const names = group.map((item) => `${preparedName(item.text)}_g`);
      for (const [index, name] of names.entries()) {
        if (ready.has(name)) continue;
        await client.query(`PREPARE ${name} AS ${group[index].text}`);
        ready.add(name);
      }
      const executes = group.map(
        (item, index) => `EXECUTE ${names[index]}${item.values.length ? `(${item.values.map(sqlLiteral).join(', ')})` : ''}`,
      );
      const results = (await client.query(
        [`SET LOCAL lock_timeout = ${LOCK_WAIT_MS}`, ...executes].join(';\n'),
      )) as unknown as QueryResult[];
      return results.slice(1);
    } catch (error) {
      // PostgreSQL's own refusals (with a SQLSTATE) leave the connection usable; anything else closes it.
      if (!(error instanceof Error && 'code' in error)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
