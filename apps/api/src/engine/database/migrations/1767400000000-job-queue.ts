import PgBoss from 'pg-boss';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The pg-boss schema version this migration installs (pg-boss 10.x). */
const PG_BOSS_SCHEMA_VERSION = 24;

/**
 * The job queue (engine/jobs/job-queue.ts) lives in its own schema, `pgboss`, installed here so that our migration
 * table stays the one truth about the database; pg-boss runs with `migrate: false` and refuses to start on any
 * other version. Upgrading pg-boss to a new schema version is a new migration with `PgBoss.getMigrationPlans`:
 * the check below fails first (on a fresh database) if an upgrade forgot it.
 */
export class JobQueue1767400000000 implements MigrationInterface {
  name = 'JobQueue1767400000000';

  async up(q: QueryRunner): Promise<void> {
    const plans = PgBoss.getConstructionPlans('pgboss');
    if (!plans.includes(`INSERT INTO pgboss.version(version) VALUES ('${PG_BOSS_SCHEMA_VERSION}')`)) {
      throw new Error(`pg-boss no longer builds schema version ${PG_BOSS_SCHEMA_VERSION}: add a migration with PgBoss.getMigrationPlans`);
    }
    // The plans bring their own BEGIN/COMMIT and an advisory lock; inside our migration's transaction they are one step of it.
    await q.query(plans.replace(/^\s*BEGIN;\s*/i, '').replace(/\s*COMMIT;\s*$/i, ''));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
