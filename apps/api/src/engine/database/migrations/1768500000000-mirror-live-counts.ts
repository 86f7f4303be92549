import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mirror room's limits without counting on a command's way in (issue
 * #16.4, as 1767800000000 did for case sessions): the row every command locks
 * anyway carries what the limits read, kept by triggers on every insert and
 * delete (a live command, a purge, an erasure's cascade):
 *
 * - `mirror_conversation.statement_count`: the conversation's statements
 *   (MIRROR_LIMITS.maxStatementsPerConversation);
 * - `mirror_conversation.note_counts`: per author (person id → number), their
 *   notes and questions (MIRROR_LIMITS.maxNotesPerPerson). An author with no
 *   notes left has no key, so an erased person's id does not stay behind.
 */
export class MirrorLiveCounts1768500000000 implements MigrationInterface {
  name = 'MirrorLiveCounts1768500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mirror_conversation ADD COLUMN statement_count integer NOT NULL DEFAULT 0,
        ADD COLUMN note_counts jsonb NOT NULL DEFAULT '{}';
      UPDATE mirror_conversation c SET
        statement_count = (SELECT count(*) FROM mirror_statement s WHERE s.conversation_id = c.id),
        note_counts = coalesce((SELECT jsonb_object_agg(author_id, notes) FROM (
            SELECT author_id, count(*) AS notes FROM mirror_listener_note n WHERE n.conversation_id = c.id GROUP BY author_id) per_author), '{}');

      CREATE FUNCTION count_mirror_statements() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE mirror_conversation SET statement_count = statement_count + 1 WHERE id = NEW.conversation_id;
        ELSE
          UPDATE mirror_conversation SET statement_count = statement_count - 1 WHERE id = OLD.conversation_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER mirror_statement_counts AFTER INSERT OR DELETE ON mirror_statement
        FOR EACH ROW EXECUTE FUNCTION count_mirror_statements();

      CREATE FUNCTION count_mirror_notes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        note mirror_listener_note;
        delta integer;
      BEGIN
        IF TG_OP = 'INSERT' THEN note := NEW; delta := 1; ELSE note := OLD; delta := -1; END IF;
        UPDATE mirror_conversation SET note_counts = CASE
            WHEN coalesce((note_counts ->> note.author_id::text)::int, 0) + delta <= 0 THEN note_counts - note.author_id::text
            ELSE jsonb_set(note_counts, ARRAY[note.author_id::text], to_jsonb(coalesce((note_counts ->> note.author_id::text)::int, 0) + delta))
          END
        WHERE id = note.conversation_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER mirror_listener_note_counts AFTER INSERT OR DELETE ON mirror_listener_note
        FOR EACH ROW EXECUTE FUNCTION count_mirror_notes();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER mirror_listener_note_counts ON mirror_listener_note;
      DROP FUNCTION count_mirror_notes();
      DROP TRIGGER mirror_statement_counts ON mirror_statement;
      DROP FUNCTION count_mirror_statements();
      ALTER TABLE mirror_conversation DROP COLUMN note_counts, DROP COLUMN statement_count;
    `);
  }
}
