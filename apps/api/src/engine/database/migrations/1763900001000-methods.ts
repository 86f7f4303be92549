import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's own methods (werkvormen). Every save is a new row, so a
 * session that started with version 2 can still read version 2 after version 3
 * exists. Shipped methods live in @kring/domain and never in this table.
 */
export class Methods1763900001000 implements MigrationInterface {
  name = 'Methods1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE custom_method (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- Stable across versions; the 'org-' prefix keeps it apart from shipped ids.
        method_id text NOT NULL CHECK (method_id LIKE 'org-%'),
        version int NOT NULL CHECK (version >= 1),
        definition jsonb NOT NULL,
        -- Kept when the author's account is erased; the method belongs to the organisation.
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CONSTRAINT custom_method_version_uq UNIQUE (organisation_id, method_id, version)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE custom_method`);
  }
}
