import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A live contribution in a case session that its author kept through an
 * escalation prompt ("Toch bewaren") is flagged, like a kept mirror statement,
 * so the moderator sees on the board that it looked like a complaint, an
 * incident, abuse or a data breach (issue #9 item 3). An edit that is clean
 * clears the flag.
 */
export class SessionEntryFlagged1767500000000 implements MigrationInterface {
  name = 'SessionEntryFlagged1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_entry ADD COLUMN flagged boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_entry DROP COLUMN flagged`);
  }
}
