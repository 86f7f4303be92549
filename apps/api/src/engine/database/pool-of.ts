import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * The node-pg pool behind TypeORM's PostgreSQL driver: the app's one pool,
 * for the few places that talk to pg directly (prepared statements, group
 * commit, the job queue). TypeORM keeps it as `master` without typing it.
 */
export function poolOf(db: DataSource): Pool {
  return (db.driver as unknown as { master: Pool }).master;
}
