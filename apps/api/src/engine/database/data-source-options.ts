import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SerialClient } from './serial-client';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // No entity classes: the migrations are the one description of the tables.
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    // A pool sized for the live rooms' measured concurrency: commands of one
    // session wait on its row lock through each commit's disk flush and hold
    // their connection meanwhile; with 10, commands for other sessions queued
    // behind them (bench:live, 20 sessions: ~55 acked/s at 100 offered; with
    // 30, 98/s and p95 48 ms at 50/s; with 12, p95 465 ms at 800/s against
    // 46-144 ms with 30). Connections open only when used, so the many app
    // instances of the tests stay small; once open, up to 10 stay open for good
    // and the rest for 5 minutes idle: with pg's default 10 s, a lull closed
    // them and the next burst opened ~25 new backends at once, each forking and
    // planning the live command again (bench:live, two alternating pairs: p95
    // at 400/s 61 and 248 ms with reaping, 6.9 and 6.8 ms without).
    // SerialClient: parallel reads inside a transaction wait for their turn on its one connection.
    extra: { max: 30, min: 10, idleTimeoutMillis: 300_000, Client: SerialClient },
  };
}
