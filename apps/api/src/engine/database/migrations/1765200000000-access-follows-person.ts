import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access that follows the person, not the connection. An open socket keeps
 * the viewer it had at its handshake; `person.access_version` goes up with
 * every change to what that person may reach (a membership added, changed or
 * removed), so each live command compares one number instead of reading every
 * membership again; whether the socket's login is still open it reads by the
 * login's primary key in the same statement. `auth_session.last_seen_at` carries the
 * idle timeout of a login.
 */
export class AccessFollowsPerson1765200000000 implements MigrationInterface {
  name = 'AccessFollowsPerson1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE person ADD COLUMN access_version bigint NOT NULL DEFAULT 0;
      ALTER TABLE auth_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();

      CREATE FUNCTION bump_person_access() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN UPDATE person SET access_version = access_version + 1 WHERE id = OLD.person_id; END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.person_id IS DISTINCT FROM OLD.person_id) THEN
          UPDATE person SET access_version = access_version + 1 WHERE id = NEW.person_id;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER membership_bumps_access AFTER INSERT OR UPDATE OR DELETE ON membership
        FOR EACH ROW EXECUTE FUNCTION bump_person_access();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER membership_bumps_access ON membership;
      DROP FUNCTION bump_person_access();
      ALTER TABLE auth_session DROP COLUMN last_seen_at;
      ALTER TABLE person DROP COLUMN access_version;
    `);
  }
}
