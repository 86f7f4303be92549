import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contribution's one statement writes no receipt row any more (issue #16,
 * knee): the entry it adds already carries the person (`author_id`) and the
 * clientKey under a unique index (`session_entry_once_uq`), so with the room
 * version it was stored at it answers a replay as a receipt would. The
 * receipt row cost the statement a heap row, an index entry and two
 * foreign-key checks: about a sixth of its time in PostgreSQL (pgbench on the
 * statement, 4,600 → 5,500 per second on two cores).
 *
 * `receipt_version` is set only where the entry is its command's receipt (the
 * one-statement form, not for an entry written for the room, which has no
 * author); elsewhere the receipt row stays. `session_receipt` is the one place
 * receipts are read from: both kinds, with the same columns.
 */
export class SessionEntryIsItsOwnReceipt1769340000000 implements MigrationInterface {
  name = 'SessionEntryIsItsOwnReceipt1769340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_entry ADD COLUMN receipt_version bigint`);
    await q.query(`CREATE VIEW session_receipt AS
      SELECT session_id, organisation_id, person_id, client_key, version, created_id FROM session_command_receipt
      UNION ALL
      SELECT session_id, organisation_id, author_id, client_key, receipt_version, id FROM session_entry WHERE receipt_version IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW session_receipt`);
    await q.query(`ALTER TABLE session_entry DROP COLUMN receipt_version`);
  }
}
