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
    // 30, 98/s and p95 48 ms at 50/s). Connections open only when used, so
    // the many app instances of the tests stay small.
    // SerialClient: parallel reads inside a transaction wait for their turn on its one connection.
    extra: { max: 30, Client: SerialClient },
  };
}
