import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a live command needs to know without counting or aggregating on its
 * way in (issue #16.4):
 *
 * - `reflection_session.entry_count`: the session's entries, kept by a
 *   trigger on every insert and delete of an entry (whoever makes it: a live
 *   command, a purge, an erasure), so the safety limit on entries per
 *   session reads one column of the row the command locks anyway instead of
 *   a count(*) over the session's entries.
 * - `organisation.guard_names_version`: goes up with every change to the
 *   names the content guard checks texts against (members and their display
 *   names, the resident register's names and pseudonyms), so a cached list
 *   is verified by one number per organisation, also inside a command's own
 *   statement, instead of a hash over all the names.
 */
export class LiveFastPath1767800000000 implements MigrationInterface {
  name = 'LiveFastPath1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reflection_session ADD COLUMN entry_count integer NOT NULL DEFAULT 0;
      UPDATE reflection_session s SET entry_count = (SELECT count(*) FROM session_entry e WHERE e.session_id = s.id);

      CREATE FUNCTION count_session_entries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE reflection_session SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
        ELSE
          UPDATE reflection_session SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER session_entry_counts AFTER INSERT OR DELETE ON session_entry
        FOR EACH ROW EXECUTE FUNCTION count_session_entries();

      ALTER TABLE organisation ADD COLUMN guard_names_version bigint NOT NULL DEFAULT 0;

      CREATE FUNCTION bump_guard_names() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'person' THEN
          UPDATE organisation SET guard_names_version = guard_names_version + 1
          WHERE id IN (SELECT organisation_id FROM membership WHERE person_id = NEW.id);
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          UPDATE organisation SET guard_names_version = guard_names_version + 1 WHERE id = OLD.organisation_id;
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id) THEN
          UPDATE organisation SET guard_names_version = guard_names_version + 1 WHERE id = NEW.organisation_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER membership_bumps_guard_names AFTER INSERT OR UPDATE OR DELETE ON membership
        FOR EACH ROW EXECUTE FUNCTION bump_guard_names();
      CREATE TRIGGER resident_register_bumps_guard_names AFTER INSERT OR UPDATE OR DELETE ON resident_register
        FOR EACH ROW EXECUTE FUNCTION bump_guard_names();
      CREATE TRIGGER person_name_bumps_guard_names AFTER UPDATE OF display_name ON person
        FOR EACH ROW WHEN (NEW.display_name IS DISTINCT FROM OLD.display_name) EXECUTE FUNCTION bump_guard_names();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER person_name_bumps_guard_names ON person;
      DROP TRIGGER resident_register_bumps_guard_names ON resident_register;
      DROP TRIGGER membership_bumps_guard_names ON membership;
      DROP FUNCTION bump_guard_names();
      ALTER TABLE organisation DROP COLUMN guard_names_version;
      DROP TRIGGER session_entry_counts ON session_entry;
      DROP FUNCTION count_session_entries();
      ALTER TABLE reflection_session DROP COLUMN entry_count;
    `);
  }
}
