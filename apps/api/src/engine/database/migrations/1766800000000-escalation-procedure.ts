import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation handled the same way for every voice (issue #9 item 3):
 * - the organisation's own procedure, set once by its administrator: the
 *   complaints officer (name, contact) and the incident route;
 * - one org-wide record of escalation prompts (generalising
 *   mirror_escalation_prompt): on which surface, to whom (a person, a relative
 *   through their link, a storyteller through theirs) and what they chose.
 *   Never the text, never the signal;
 * - a statement kept knowingly is flagged, so the harvest never offers it as a
 *   quote without the moderator seeing that.
 * The old prompts were all shown after the statement was stored, so they are
 * carried over as "kept".
 */
export class EscalationProcedure1766800000000 implements MigrationInterface {
  name = 'EscalationProcedure1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN complaints_officer_name text NOT NULL DEFAULT '',
        ADD COLUMN complaints_officer_contact text NOT NULL DEFAULT '',
        ADD COLUMN incident_route text NOT NULL DEFAULT '';

      CREATE TABLE escalation_prompt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- The operation or live command it was shown at, e.g. "Mutation.saveRelativeResponse" or "mirror:capture".
        surface text NOT NULL,
        shown_to_person uuid REFERENCES person(id) ON DELETE CASCADE,
        shown_to_participant uuid REFERENCES mirror_participant(id) ON DELETE CASCADE,
        shown_to_storyteller_of uuid REFERENCES story(id) ON DELETE CASCADE,
        choice text CHECK (choice IN ('removed', 'kept')),
        shown_at timestamptz NOT NULL DEFAULT now(),
        chosen_at timestamptz,
        CHECK (num_nonnulls(shown_to_person, shown_to_participant, shown_to_storyteller_of) = 1),
        CHECK ((choice IS NULL) = (chosen_at IS NULL))
      );
      CREATE INDEX escalation_prompt_open_idx ON escalation_prompt(organisation_id, surface, shown_at) WHERE choice IS NULL;

      INSERT INTO escalation_prompt (organisation_id, surface, shown_to_person, choice, shown_at, chosen_at)
        SELECT organisation_id, 'mirror:capture', shown_to, 'kept', shown_at, shown_at FROM mirror_escalation_prompt WHERE shown_to IS NOT NULL;
      DROP TABLE mirror_escalation_prompt;
      ALTER TABLE mirror_command_receipt DROP COLUMN escalation_prompt_id;

      ALTER TABLE mirror_statement ADD COLUMN flagged boolean NOT NULL DEFAULT false;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mirror_statement DROP COLUMN flagged;
      ALTER TABLE mirror_command_receipt ADD COLUMN escalation_prompt_id uuid;
      CREATE TABLE mirror_escalation_prompt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        shown_to uuid REFERENCES person(id) ON DELETE SET NULL,
        shown_at timestamptz NOT NULL DEFAULT now(),
        followed_at timestamptz
      );
      CREATE INDEX mirror_escalation_prompt_conversation_idx ON mirror_escalation_prompt(conversation_id);
      DROP TABLE escalation_prompt;
      ALTER TABLE organisation DROP COLUMN complaints_officer_name, DROP COLUMN complaints_officer_contact, DROP COLUMN incident_route;
    `);
  }
}
