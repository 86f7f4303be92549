import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A phase can keep its entries private until the moderator reveals them, and
 * its dots hidden until it closes (method data: phase behaviour). The session
 * remembers which phases are revealed and which are closed, so a late joiner's
 * snapshot shows exactly what the room has been shown.
 */
export class PhaseDisclosure1767200000000 implements MigrationInterface {
  name = 'PhaseDisclosure1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reflection_session
        ADD COLUMN revealed_phase_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN closed_phase_ids text[] NOT NULL DEFAULT '{}'
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reflection_session DROP COLUMN revealed_phase_ids, DROP COLUMN closed_phase_ids`);
  }
}
