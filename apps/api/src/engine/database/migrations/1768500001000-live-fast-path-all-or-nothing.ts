import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A live command's one statement (engine/live/command-pipeline.ts, `once`)
 * bumps the room's version before the command's own write runs. When that
 * write finds nothing to change (the entry was removed in between, it is not
 * the person's, a dot finds no card), the statement must leave nothing
 * behind, or the room would count a version no event ever carries. It calls
 * this function then: the error (SQLSTATE KR001) undoes the whole statement
 * and the kit takes the full pipeline, which refuses with the exact reason.
 */
export class LiveFastPathAllOrNothing1768500001000 implements MigrationInterface {
  name = 'LiveFastPathAllOrNothing1768500001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION live_fast_path_missed() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'The live command''s one statement changed nothing; undone, the full pipeline decides' USING ERRCODE = 'KR001';
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION live_fast_path_missed()`);
  }
}
