import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read is audited once per view (AuditService.recordView): before writing
 * it, Kring looks for the same person's read of the same thing in the last
 * minutes. This index keeps that look-up quick as the log grows.
 */
export class AuditViews1766500000000 implements MigrationInterface {
  name = 'AuditViews1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_event_view_idx ON audit_event(person_id, subject_id, action, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_view_idx`);
  }
}
