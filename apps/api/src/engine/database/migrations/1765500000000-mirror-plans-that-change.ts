import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mirror conversations as practice runs them: a conversation can be cancelled
 * (the relatives are told why), a new date is remembered so the relative's page
 * can say it moved, and consent can be recorded by the moderator on behalf of a
 * relative without a smartphone — on paper, by telephone or in person.
 */
export class MirrorPlansThatChange1765500000000 implements MigrationInterface {
  name = 'MirrorPlansThatChange1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mirror_conversation DROP CONSTRAINT mirror_conversation_status_check;
      ALTER TABLE mirror_conversation ADD CONSTRAINT mirror_conversation_status_check
        CHECK (status IN ('planned', 'live', 'ended', 'approved', 'cancelled'));
      ALTER TABLE mirror_conversation
        ADD COLUMN cancelled_at timestamptz,
        -- In the moderator's words, for the relatives: why, and what happens now.
        ADD COLUMN cancel_message text NOT NULL DEFAULT '',
        -- The date before the last change, so the relative's page can say the conversation moved.
        ADD COLUMN rescheduled_from timestamptz;

      ALTER TABLE mirror_consent
        ADD COLUMN channel text NOT NULL DEFAULT 'link' CHECK (channel IN ('link', 'paper', 'phone', 'in_person')),
        -- Who recorded it on the relative's behalf; null when the relative used their own link.
        ADD COLUMN recorded_by uuid REFERENCES person(id) ON DELETE SET NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mirror_consent DROP COLUMN recorded_by, DROP COLUMN channel;
      ALTER TABLE mirror_conversation DROP COLUMN rescheduled_from, DROP COLUMN cancel_message, DROP COLUMN cancelled_at;
      ALTER TABLE mirror_conversation DROP CONSTRAINT mirror_conversation_status_check;
      ALTER TABLE mirror_conversation ADD CONSTRAINT mirror_conversation_status_check CHECK (status IN ('planned', 'live', 'ended', 'approved'));
    `);
  }
}
