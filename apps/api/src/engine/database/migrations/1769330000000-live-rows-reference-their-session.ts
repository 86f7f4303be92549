import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case room's tables a live command writes rows into (every command writes a receipt). */
const LIVE_TABLES = ['session_entry', 'session_command_receipt', 'session_vote', 'session_tag', 'session_group'];

/**
 * Less work for PostgreSQL per live command (issue #16, knee): each row a
 * command writes checked two foreign keys, its session and its organisation.
 * The organisation check takes a key-share lock on the one organisation row
 * that every session of the organisation shares, so concurrent commands made
 * a multixact on it (bench:live: 0.93 per contribution) and two lock records
 * in the WAL. Now these rows reference their session and its organisation
 * together, `(session_id, organisation_id)` → `reflection_session (id,
 * organisation_id)`: one check, on the session row the command has locked
 * already, and a row can no longer name another organisation than its
 * session's. Deleting an organisation still removes them (through its
 * sessions, ON DELETE CASCADE), as deleting a session does.
 */
export class LiveRowsReferenceTheirSession1769330000000 implements MigrationInterface {
  name = 'LiveRowsReferenceTheirSession1769330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reflection_session ADD CONSTRAINT reflection_session_tenant_uq UNIQUE (id, organisation_id)`);
    for (const table of LIVE_TABLES) {
      await q.query(`ALTER TABLE ${table}
        DROP CONSTRAINT ${table}_organisation_id_fkey,
        DROP CONSTRAINT ${table}_session_id_fkey,
        ADD CONSTRAINT ${table}_session_fkey FOREIGN KEY (session_id, organisation_id)
          REFERENCES reflection_session (id, organisation_id) ON DELETE CASCADE`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of LIVE_TABLES) {
      await q.query(`ALTER TABLE ${table}
        DROP CONSTRAINT ${table}_session_fkey,
        ADD CONSTRAINT ${table}_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        ADD CONSTRAINT ${table}_session_id_fkey FOREIGN KEY (session_id) REFERENCES reflection_session (id) ON DELETE CASCADE`);
    }
    await q.query(`ALTER TABLE reflection_session DROP CONSTRAINT reflection_session_tenant_uq`);
  }
}
