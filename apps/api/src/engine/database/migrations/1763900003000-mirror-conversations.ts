import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mirror conversations with relatives (spiegelgesprekken): preparation, the
 * relatives' personal links with their consent and input beforehand, the live
 * capture, the harvest and the letter back. Runs after the reflection
 * sessions migration (the listener reflection is a reflection_session).
 * Every table that belongs to an organisation carries `organisation_id`.
 *
 * Relatives never have accounts: a participant row holds only the hash of
 * their personal link. Their consent is one row per scope and grant, so a
 * withdrawal is recorded, never erased; quotes are filtered by the consent as
 * it is when they are read. The raw notes (statements not chosen as quotes,
 * listeners' notes, clarifying questions, command receipts) are deleted when
 * the moderator approves the harvest.
 */
export class MirrorConversations1763900003000 implements MigrationInterface {
  name = 'MirrorConversations1763900003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mirror_conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- The team that listens; its listener reflection is a session of this team.
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        theme text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 15 AND 300),
        place text NOT NULL DEFAULT '',
        moderator_id uuid NOT NULL REFERENCES person(id),
        -- The organisation's own procedure, shown with an escalation prompt (empty: a general text).
        escalation_procedure text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'live', 'ended', 'approved')),
        current_question_id uuid,
        closing_round boolean NOT NULL DEFAULT false,
        -- Bumped with every stored live change, so screens know to fetch their snapshot again.
        version bigint NOT NULL DEFAULT 0,
        started_at timestamptz,
        ended_at timestamptz,
        harvest_approved_at timestamptz,
        harvest_approved_by uuid REFERENCES person(id) ON DELETE SET NULL,
        listener_session_id uuid REFERENCES reflection_session(id) ON DELETE SET NULL,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mirror_conversation_organisation_idx ON mirror_conversation(organisation_id, scheduled_at);

      -- The outer circle: team members who only listen.
      CREATE TABLE mirror_listener (
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, person_id)
      );
      CREATE INDEX mirror_listener_person_idx ON mirror_listener(person_id);

      -- What staff want to learn; the moderator turns it into the question guide.
      CREATE TABLE mirror_learning_wish (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        body text NOT NULL,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mirror_learning_wish_conversation_idx ON mirror_learning_wish(conversation_id, created_at);

      -- The question guide (gespreksleidraad), in order.
      CREATE TABLE mirror_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        position int NOT NULL,
        body text NOT NULL,
        theme_ids text[] NOT NULL DEFAULT '{}',
        CONSTRAINT mirror_question_position_uq UNIQUE (conversation_id, position)
      );
      ALTER TABLE mirror_conversation
        ADD CONSTRAINT mirror_conversation_question_fk FOREIGN KEY (current_question_id) REFERENCES mirror_question(id) ON DELETE SET NULL;

      -- An invited relative or resident: reachable only through their personal link (stored as a hash).
      CREATE TABLE mirror_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('relative', 'resident')),
        -- How staff know them, for the invitation list only; never shown in a harvest or letter.
        display_name text NOT NULL,
        email text,
        language text NOT NULL DEFAULT 'nl',
        -- "Naaste A": how the moderator attributes what they say.
        pseudonym text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        link_sent_at timestamptz,
        relation text,
        legal_representative boolean,
        free_text text NOT NULL DEFAULT '',
        responded_at timestamptz,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mirror_participant_pseudonym_uq UNIQUE (conversation_id, pseudonym)
      );
      CREATE INDEX mirror_participant_conversation_idx ON mirror_participant(conversation_id);

      -- Consent per scope: a grant, and its withdrawal; at most one active grant per scope.
      CREATE TABLE mirror_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES mirror_participant(id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('take_part', 'quote_anonymously', 'share_in_organisation', 'share_in_network')),
        form text NOT NULL CHECK (form IN ('standard', 'easy_read')),
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      );
      CREATE UNIQUE INDEX mirror_consent_active_uq ON mirror_consent(participant_id, scope) WHERE withdrawn_at IS NULL;

      -- The two-sided mirror beforehand: per harvest theme, what matters to me and what I experience.
      CREATE TABLE mirror_theme_answer (
        participant_id uuid NOT NULL REFERENCES mirror_participant(id) ON DELETE CASCADE,
        theme_id text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        important text NOT NULL DEFAULT '',
        experienced text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, theme_id)
      );
      CREATE INDEX mirror_theme_answer_conversation_idx ON mirror_theme_answer(conversation_id, theme_id);

      -- What the moderator captured; only statements chosen as quotes outlive the approval of the harvest.
      CREATE TABLE mirror_statement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        question_id uuid REFERENCES mirror_question(id) ON DELETE SET NULL,
        -- null: "een naaste"; such a statement can shape a theme but never be quoted.
        participant_id uuid REFERENCES mirror_participant(id) ON DELETE CASCADE,
        body text NOT NULL,
        theme_ids text[] NOT NULL DEFAULT '{}',
        value_tags jsonb NOT NULL DEFAULT '[]',
        quotable boolean NOT NULL DEFAULT false,
        in_harvest boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz
      );
      CREATE INDEX mirror_statement_conversation_idx ON mirror_statement(conversation_id, created_at);

      -- Listeners' private notes and their clarifying questions for the closing round (raw notes).
      CREATE TABLE mirror_listener_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('note', 'question')),
        body text NOT NULL,
        question_id uuid REFERENCES mirror_question(id) ON DELETE SET NULL,
        asked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mirror_listener_note_conversation_idx ON mirror_listener_note(conversation_id, created_at);

      -- Exactly-once: every applied live command by its idempotency key, with the ack to answer a replay with.
      CREATE TABLE mirror_command_receipt (
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        client_key text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        version bigint NOT NULL,
        created_id uuid,
        escalation_prompt_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, person_id, client_key)
      );

      -- Escalation guardrail: only that a prompt was shown, to whom, and whether it was followed. Never what triggered it.
      CREATE TABLE mirror_escalation_prompt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        shown_to uuid REFERENCES person(id) ON DELETE SET NULL,
        shown_at timestamptz NOT NULL DEFAULT now(),
        followed_at timestamptz
      );
      CREATE INDEX mirror_escalation_prompt_conversation_idx ON mirror_escalation_prompt(conversation_id);

      -- The harvest per theme: what we heard, in the moderator's words.
      CREATE TABLE mirror_harvest_theme (
        conversation_id uuid NOT NULL REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        theme_id text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        summary text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, theme_id)
      );

      -- The letter back: "wat we hoorden, wat we gaan doen", and a date to come back to it.
      CREATE TABLE mirror_letter (
        conversation_id uuid PRIMARY KEY REFERENCES mirror_conversation(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        heard text NOT NULL,
        will_do text NOT NULL,
        look_back_on date,
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        sent_by uuid REFERENCES person(id) ON DELETE SET NULL
      );

      -- Failed openings of personal links, kept in the database so throttling holds across API processes.
      CREATE TABLE relative_link_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ip text NOT NULL,
        token_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX relative_link_attempt_ip_idx ON relative_link_attempt(ip, created_at);
      CREATE INDEX relative_link_attempt_prefix_idx ON relative_link_attempt(token_prefix, created_at);
      CREATE INDEX relative_link_attempt_created_idx ON relative_link_attempt(created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE relative_link_attempt, mirror_letter, mirror_harvest_theme, mirror_escalation_prompt, mirror_command_receipt,
        mirror_listener_note, mirror_statement, mirror_theme_answer, mirror_consent, mirror_participant;
      ALTER TABLE mirror_conversation DROP CONSTRAINT mirror_conversation_question_fk;
      DROP TABLE mirror_question, mirror_learning_wish, mirror_listener, mirror_conversation;
    `);
  }
}
