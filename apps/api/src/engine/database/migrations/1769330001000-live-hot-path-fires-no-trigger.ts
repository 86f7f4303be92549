import { MigrationInterface, QueryRunner } from 'typeorm';

const RULES_COLUMNS = 'status, current_phase_index, revealed_phase_ids, closed_phase_ids, moderator_id, one_screen, method_snapshot';
const RULES_CHANGED = `(OLD.status, OLD.current_phase_index, OLD.revealed_phase_ids, OLD.closed_phase_ids, OLD.moderator_id, OLD.one_screen, OLD.method_snapshot)
  IS DISTINCT FROM (NEW.status, NEW.current_phase_index, NEW.revealed_phase_ids, NEW.closed_phase_ids, NEW.moderator_id, NEW.one_screen, NEW.method_snapshot)`;

/** The entry-count trigger's function (migration 1767800000000); `insertFirst` runs before an insert is counted. */
const countEntries = (insertFirst: string) => `CREATE OR REPLACE FUNCTION count_session_entries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${insertFirst}
          UPDATE reflection_session SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
        ELSE
          UPDATE reflection_session SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        END IF;
        RETURN NULL;
      END $$;`;

/**
 * A contribution's one statement (issue #16, knee) no longer passes through
 * two triggers that have nothing to do for it:
 *
 * - `session_rules_version` (migration 1768900000000) was a BEFORE UPDATE
 *   trigger. Even when its column list rules it out, PostgreSQL fetches and
 *   locks the row for a BEFORE row trigger before it checks that list: every
 *   version bump of a live command paid that extra lock. It is
 *   now an AFTER trigger, fired only when a rules column really changed (a
 *   phase, a reveal, the status: the course of the session, a handful of
 *   times per session), which raises `rules_version` with an UPDATE of its
 *   own in the same statement's transaction, before anyone can read the row.
 * - `session_entry_counts` (migration 1768900000000): the entry a
 *   contribution's statement counted itself (`kring.counted_entry`) is now
 *   left out by the trigger's WHEN, which PostgreSQL evaluates without
 *   calling the PL/pgSQL function at all.
 */
export class LiveHotPathFiresNoTrigger1769330001000 implements MigrationInterface {
  name = 'LiveHotPathFiresNoTrigger1769330001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER session_rules_version ON reflection_session;
      CREATE OR REPLACE FUNCTION bump_session_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Sets no rules column, so it does not fire this trigger again.
        UPDATE reflection_session SET rules_version = rules_version + 1 WHERE id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER session_rules_version AFTER UPDATE OF ${RULES_COLUMNS} ON reflection_session FOR EACH ROW
        WHEN (${RULES_CHANGED}) EXECUTE FUNCTION bump_session_rules();

      DROP TRIGGER session_entry_counts ON session_entry;
      -- The entry's own statement may have counted it already: the trigger's WHEN decides (kring.counted_entry).
      ${countEntries('')}
      CREATE TRIGGER session_entry_counts AFTER INSERT ON session_entry FOR EACH ROW
        WHEN (NEW.id::text IS DISTINCT FROM current_setting('kring.counted_entry', true)) EXECUTE FUNCTION count_session_entries();
      CREATE TRIGGER session_entry_uncounts AFTER DELETE ON session_entry FOR EACH ROW EXECUTE FUNCTION count_session_entries();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER session_entry_uncounts ON session_entry;
      DROP TRIGGER session_entry_counts ON session_entry;
      ${countEntries(`-- Counted by the statement that inserted it (LiveCommandsService.fast), in its own UPDATE of the session row.
          IF NEW.id::text = current_setting('kring.counted_entry', true) THEN
            RETURN NULL;
          END IF;`)}
      CREATE TRIGGER session_entry_counts AFTER INSERT OR DELETE ON session_entry FOR EACH ROW EXECUTE FUNCTION count_session_entries();

      DROP TRIGGER session_rules_version ON reflection_session;
      CREATE OR REPLACE FUNCTION bump_session_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.rules_version := OLD.rules_version + 1;
        RETURN NEW;
      END $$;
      CREATE TRIGGER session_rules_version BEFORE UPDATE OF ${RULES_COLUMNS} ON reflection_session FOR EACH ROW
        WHEN (${RULES_CHANGED}) EXECUTE FUNCTION bump_session_rules();
    `);
  }
}
