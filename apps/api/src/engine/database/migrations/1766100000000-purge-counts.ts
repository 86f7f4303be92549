import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every purge of raw material is audited by how many of what kind went
 * (never what they said): the audit log gets a count. Null for every other
 * event, which is about one thing.
 */
export class PurgeCounts1766100000000 implements MigrationInterface {
  name = 'PurgeCounts1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN count int CHECK (count >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN count`);
  }
}
