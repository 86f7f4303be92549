import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's participants read its case while the session runs (issue #15.3):
 * that is now derived from the session itself (status and report approval),
 * so the separate, never-revoked grants in case_access go.
 */
export class CaseReadingFollowsSession1766200000000 implements MigrationInterface {
  name = 'CaseReadingFollowsSession1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_access`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_access (
        case_id uuid NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, person_id)
      );
      CREATE INDEX case_access_person_idx ON case_access(person_id);
      INSERT INTO case_access (case_id, person_id, organisation_id)
        SELECT DISTINCT s.case_id, sp.person_id, s.organisation_id FROM reflection_session s JOIN session_participant sp ON sp.session_id = s.id WHERE s.case_id IS NOT NULL;
    `);
  }
}
