import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Less work for PostgreSQL per live command (issue #16.4; bench:live with
 * --pg-statements showed where it went):
 *
 * - `reflection_session.rules_version`: goes up whenever a column that the
 *   live command rules read changes (status, phase, disclosure, moderator,
 *   one-screen mode, method), kept by a trigger that fires only for updates
 *   that set one of those columns. A command decided on a remembered row is
 *   stored only where this number still matches (LiveCommandsService.fast),
 *   instead of an md5 over the 4.8 KB method snapshot on every command.
 * - The entry count (migration 1767800000000) stays the trigger's, except for
 *   an entry whose own statement already counted it in the UPDATE of the
 *   session row it makes anyway (a contribution's one statement): that
 *   statement names the entry in the transaction-local setting
 *   `kring.counted_entry`, and the trigger leaves exactly that row alone. The
 *   second UPDATE of the session row, with the foreign-key checks a row
 *   changed twice in one transaction needs, is gone from the hot path.
 */
export class LiveRulesVersion1768900000000 implements MigrationInterface {
  name = 'LiveRulesVersion1768900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reflection_session ADD COLUMN rules_version bigint NOT NULL DEFAULT 0;

      CREATE FUNCTION bump_session_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.rules_version := OLD.rules_version + 1;
        RETURN NEW;
      END $$;
      CREATE TRIGGER session_rules_version BEFORE UPDATE OF
          status, current_phase_index, revealed_phase_ids, closed_phase_ids, moderator_id, one_screen, method_snapshot
        ON reflection_session FOR EACH ROW
        WHEN ((OLD.status, OLD.current_phase_index, OLD.revealed_phase_ids, OLD.closed_phase_ids, OLD.moderator_id, OLD.one_screen, OLD.method_snapshot)
          IS DISTINCT FROM (NEW.status, NEW.current_phase_index, NEW.revealed_phase_ids, NEW.closed_phase_ids, NEW.moderator_id, NEW.one_screen, NEW.method_snapshot))
        EXECUTE FUNCTION bump_session_rules();

      CREATE OR REPLACE FUNCTION count_session_entries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- Counted by the statement that inserted it (LiveCommandsService.fast), in its own UPDATE of the session row.
          IF NEW.id::text = current_setting('kring.counted_entry', true) THEN
            RETURN NULL;
          END IF;
          UPDATE reflection_session SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
        ELSE
          UPDATE reflection_session SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        END IF;
        RETURN NULL;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION count_session_entries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE reflection_session SET entry_count = entry_count + 1 WHERE id = NEW.session_id;
        ELSE
          UPDATE reflection_session SET entry_count = entry_count - 1 WHERE id = OLD.session_id;
        END IF;
        RETURN NULL;
      END $$;
      DROP TRIGGER session_rules_version ON reflection_session;
      DROP FUNCTION bump_session_rules();
      ALTER TABLE reflection_session DROP COLUMN rules_version;
    `);
  }
}
