import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change of a setting is audited with what it changed from and to, as codes and ids (a member's role, their team;
 * `AuditChange` in @kring/domain), never text anyone wrote: "who made Ruud moderator, and what was he before?". Null
 * for every other event.
 */
export class AuditChange1769350000000 implements MigrationInterface {
  name = 'AuditChange1769350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN change jsonb CHECK (jsonb_typeof(change) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN change`);
  }
}
