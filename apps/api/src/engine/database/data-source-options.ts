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
    // Small pools: a care organisation's instance serves tens of people, and
    // tests run many app instances against one PostgreSQL.
    // SerialClient: parallel reads inside a transaction wait for their turn on its one connection.
    extra: { max: 10, Client: SerialClient },
  };
}
