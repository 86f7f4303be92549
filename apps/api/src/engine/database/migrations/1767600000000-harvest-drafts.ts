import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The harvest gathers itself: when a phase whose behaviour sends its entries
 * to the harvest closes (harvestFlow), each entry arrives here as a draft for
 * the moderator, who edits and takes it over (into harvest_item or practice)
 * or drops it. A draft remembers its entry, so leaving the phase twice does not
 * gather it twice; it has no author (entries may be anonymous to peers).
 */
export class HarvestDrafts1767600000000 implements MigrationInterface {
  name = 'HarvestDrafts1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE harvest_draft (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        phase_id text NOT NULL,
        source_entry_id uuid REFERENCES session_entry(id) ON DELETE SET NULL,
        target text NOT NULL CHECK (target IN ('insight', 'advice', 'practice')),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT harvest_draft_entry_uq UNIQUE (session_id, source_entry_id)
      );
      CREATE INDEX harvest_draft_session_idx ON harvest_draft(session_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE harvest_draft`);
  }
}
