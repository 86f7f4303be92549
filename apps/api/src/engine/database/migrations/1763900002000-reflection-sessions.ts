import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reflection sessions (casusreflectie, intervisie, moreel beraad): planning,
 * everything said in the live room, the harvest (oogst) and new practices to
 * try with their "hoe ging het?" reviews. Runs after the cases migration
 * (case_file). Every table carries `organisation_id` (the tenant key).
 *
 * Nothing of the live room lives only in memory: phase, timer, entries,
 * votes, tags and ready marks are rows here, and every stored change bumps
 * `reflection_session.version` in the same transaction.
 */
export class ReflectionSessions1763900002000 implements MigrationInterface {
  name = 'ReflectionSessions1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reflection_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- The learning group; its practices come back at its next session.
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        -- The question or theme of the session.
        title text NOT NULL,
        method_id text NOT NULL,
        method_version int NOT NULL,
        -- The method as it was when planned, so later edits of the method never change a session.
        method_snapshot jsonb NOT NULL,
        case_id uuid REFERENCES case_file(id) ON DELETE SET NULL,
        lens_ids text[] NOT NULL DEFAULT '{}',
        scheduled_at timestamptz NOT NULL,
        duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
        place text NOT NULL DEFAULT '',
        moderator_id uuid NOT NULL REFERENCES person(id),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'live', 'closed', 'cancelled')),
        current_phase_index int NOT NULL DEFAULT 0,
        -- The server-kept timer: remaining seconds at timer_started_at (running) or now (paused).
        timer_phase_id text,
        timer_duration_seconds int NOT NULL DEFAULT 0,
        timer_started_at timestamptz,
        timer_remaining_seconds int NOT NULL DEFAULT 0,
        vote_budget int NOT NULL DEFAULT 3 CHECK (vote_budget BETWEEN 1 AND 20),
        one_screen boolean NOT NULL DEFAULT false,
        version bigint NOT NULL DEFAULT 0,
        started_at timestamptz,
        ended_at timestamptz,
        report_approved_at timestamptz,
        report_approved_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX reflection_session_organisation_idx ON reflection_session(organisation_id, scheduled_at);
      CREATE INDEX reflection_session_team_idx ON reflection_session(team_id, scheduled_at);

      CREATE TABLE session_participant (
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('moderator', 'participant')),
        -- "Klaar" for this phase; a mark for another phase than the current one counts as not ready.
        ready_phase_id text,
        invited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, person_id)
      );
      CREATE INDEX session_participant_person_idx ON session_participant(person_id);

      CREATE TABLE session_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        phase_id text NOT NULL,
        label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX session_group_session_idx ON session_group(session_id);

      CREATE TABLE session_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        phase_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('contribution', 'question', 'option')),
        body text NOT NULL,
        -- Kept even when anonymous (for editing one's own entry); never shown to peers or in the report.
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        anonymous boolean NOT NULL DEFAULT false,
        -- Written by the moderator on behalf of the room (one-screen mode): author_id is null.
        for_room boolean NOT NULL DEFAULT false,
        client_key text NOT NULL,
        group_id uuid REFERENCES session_group(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        CONSTRAINT session_entry_once_uq UNIQUE NULLS NOT DISTINCT (session_id, author_id, client_key)
      );
      CREATE INDEX session_entry_session_idx ON session_entry(session_id, created_at);

      -- Dot votes: one row per voter (null: the room), entry and phase, with the number of dots.
      CREATE TABLE session_vote (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        phase_id text NOT NULL,
        entry_id uuid NOT NULL REFERENCES session_entry(id) ON DELETE CASCADE,
        voter_id uuid REFERENCES person(id) ON DELETE CASCADE,
        count int NOT NULL CHECK (count > 0),
        CONSTRAINT session_vote_uq UNIQUE NULLS NOT DISTINCT (entry_id, phase_id, voter_id)
      );
      CREATE INDEX session_vote_session_idx ON session_vote(session_id, phase_id, voter_id);

      CREATE TABLE session_tag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        phase_id text NOT NULL,
        entry_id uuid NOT NULL REFERENCES session_entry(id) ON DELETE CASCADE,
        item_id text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('visible_strength', 'under_pressure', 'open_question')),
        -- The framework version the tag was made with (tags keep their meaning when the framework changes).
        framework_version text NOT NULL,
        tagged_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_tag_uq UNIQUE (entry_id, item_id, direction)
      );
      CREATE INDEX session_tag_session_idx ON session_tag(session_id);

      -- Exactly-once: every applied live command, by the sender's idempotency key,
      -- with the result to answer a replay with.
      CREATE TABLE session_command_receipt (
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        client_key text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        version bigint NOT NULL,
        created_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, person_id, client_key)
      );

      -- Harvest (oogst): insights (leerpunten), advice to the contributor, and
      -- moderator memos (seen by the moderator only).
      CREATE TABLE harvest_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES reflection_session(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('insight', 'advice', 'memo')),
        body text NOT NULL,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX harvest_item_session_idx ON harvest_item(session_id, created_at);

      -- New practices to try (nieuwe praktijk). Kept general: a session is one
      -- source; mirror conversations and peer visits can add theirs later.
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        session_id uuid REFERENCES reflection_session(id) ON DELETE SET NULL,
        what text NOT NULL,
        who text NOT NULL DEFAULT '',
        look_back_on date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'continued', 'adopted', 'stopped')),
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX practice_team_idx ON practice(organisation_id, team_id, status);
      CREATE INDEX practice_session_idx ON practice(session_id);

      -- "Hoe ging het?": what a later session said about a practice.
      CREATE TABLE practice_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        practice_id uuid NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
        session_id uuid REFERENCES reflection_session(id) ON DELETE SET NULL,
        body text NOT NULL,
        -- The status the practice got with this review, when it changed.
        status text CHECK (status IN ('open', 'continued', 'adopted', 'stopped')),
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX practice_review_practice_idx ON practice_review(practice_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE practice_review, practice, harvest_item, session_command_receipt, session_tag, session_vote,
        session_entry, session_group, session_participant, reflection_session;
    `);
  }
}
