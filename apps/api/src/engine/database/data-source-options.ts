import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

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
    extra: { max: 10 },
  };
}
