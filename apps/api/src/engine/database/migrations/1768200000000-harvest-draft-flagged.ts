import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A harvest draft carries the flag of the live contribution it was gathered
 * from (session_entry.flagged: kept knowingly through an escalation prompt),
 * so the moderator sees the flag on the draft and takes it over only after
 * confirming it (mayHarvestFlagged). Drafts gathered before keep their
 * entry's flag too.
 */
export class HarvestDraftFlagged1768200000000 implements MigrationInterface {
  name = 'HarvestDraftFlagged1768200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest_draft ADD COLUMN flagged boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE harvest_draft d SET flagged = true FROM session_entry e WHERE e.id = d.source_entry_id AND e.flagged`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest_draft DROP COLUMN flagged`);
  }
}
