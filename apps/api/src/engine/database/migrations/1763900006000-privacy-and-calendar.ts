import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds, in-app notifications (which are also the claims
 * of the reminder job), the privacy settings of an organisation (retention
 * of raw notes) and the register of erased members with their stable
 * pseudonyms ("Oud-teamlid 3").
 */
export class PrivacyAndCalendar1763900006000 implements MigrationInterface {
  name = 'PrivacyAndCalendar1763900006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One secret feed address per person; only its hash is stored. A new
      -- address replaces the hash, so the old one stops working at once.
      CREATE TABLE calendar_feed (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_fetched_at timestamptz
      );

      -- In-app notifications. The unique key makes the row its own "sent"
      -- marker: when several API processes run the reminder job at once, only
      -- the one whose INSERT lands sends the e-mail. due_key is the date the
      -- reminder is about, so a moved session or look-back reminds again.
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        due_key text NOT NULL DEFAULT '',
        -- Labels for the text (method, team, date…); never content about residents.
        params jsonb NOT NULL DEFAULT '{}',
        link text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_once_uq UNIQUE (person_id, kind, subject_id, due_key)
      );
      CREATE INDEX notification_person_idx ON notification(person_id, created_at DESC);
      CREATE INDEX notification_unread_idx ON notification(person_id) WHERE read_at IS NULL;
      CREATE INDEX notification_organisation_idx ON notification(organisation_id);

      -- No row: the defaults (raw notes kept 90 days).
      CREATE TABLE privacy_setting (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
        raw_note_retention_days int NOT NULL DEFAULT 90 CHECK (raw_note_retention_days IN (30, 90, 180, 365)),
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_purge_at timestamptz,
        last_purge_count int NOT NULL DEFAULT 0
      );

      -- Erased members: the stand-in account their shared contributions now
      -- point to. Nothing here leads back to the erased person.
      CREATE TABLE erased_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number >= 1),
        pseudonym_person_id uuid NOT NULL REFERENCES person(id),
        erased_by uuid REFERENCES person(id) ON DELETE SET NULL,
        erased_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erased_member_number_uq UNIQUE (organisation_id, number)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erased_member, privacy_setting, notification, calendar_feed`);
  }
}
