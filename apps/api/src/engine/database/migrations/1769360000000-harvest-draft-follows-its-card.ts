import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A harvest draft is a copy of a card of the live room, gathered when the room
 * left its phase. A card taken away (Weghalen: it named a resident, or its
 * writer withdrew it) took only the draft's link to it, so its text stayed on
 * the harvest page to be taken over into the report; now its draft goes with it.
 * Drafts whose card is gone already lost their link, and go too.
 */
export class HarvestDraftFollowsItsCard1769360000000 implements MigrationInterface {
  name = 'HarvestDraftFollowsItsCard1769360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM harvest_draft WHERE source_entry_id IS NULL`);
    await q.query(`ALTER TABLE harvest_draft DROP CONSTRAINT harvest_draft_source_entry_id_fkey`);
    await q.query(
      `ALTER TABLE harvest_draft ADD CONSTRAINT harvest_draft_source_entry_id_fkey
         FOREIGN KEY (source_entry_id) REFERENCES session_entry(id) ON DELETE CASCADE`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest_draft DROP CONSTRAINT harvest_draft_source_entry_id_fkey`);
    await q.query(
      `ALTER TABLE harvest_draft ADD CONSTRAINT harvest_draft_source_entry_id_fkey
         FOREIGN KEY (source_entry_id) REFERENCES session_entry(id) ON DELETE SET NULL`,
    );
  }
}
