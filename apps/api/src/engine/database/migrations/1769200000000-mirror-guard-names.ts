import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mirror conversation's live commands in one statement (issue #16.4): the
 * content guard checks a statement's or note's text against the
 * conversation's relatives' names besides the organisation's, and those
 * names are read once per conversation and remembered
 * (MirrorCommandsService.extraPeople) instead of once per command.
 * `mirror_conversation.guard_names_version` goes up with every change to
 * them (a relative added or removed, a name changed; a relative never moves
 * to another conversation), so a command's one statement holds only where
 * the names it was checked against are still the conversation's, as
 * `organisation.guard_names_version` (migration 1767800000000) does for the
 * organisation's names.
 */
export class MirrorGuardNames1769200000000 implements MigrationInterface {
  name = 'MirrorGuardNames1769200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mirror_conversation ADD COLUMN guard_names_version bigint NOT NULL DEFAULT 0`);
    await q.query(`CREATE FUNCTION bump_mirror_guard_names() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mirror_conversation SET guard_names_version = guard_names_version + 1
        WHERE id = CASE TG_OP WHEN 'DELETE' THEN OLD.conversation_id ELSE NEW.conversation_id END;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER mirror_participant_bumps_guard_names
      AFTER INSERT OR DELETE OR UPDATE OF display_name ON mirror_participant FOR EACH ROW EXECUTE FUNCTION bump_mirror_guard_names()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER mirror_participant_bumps_guard_names ON mirror_participant`);
    await q.query(`DROP FUNCTION bump_mirror_guard_names()`);
    await q.query(`ALTER TABLE mirror_conversation DROP COLUMN guard_names_version`);
  }
}
