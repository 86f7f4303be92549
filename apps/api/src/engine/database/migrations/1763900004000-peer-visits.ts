import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning networks at work and peer-review visits (collegiale visitatie):
 * invitations of organisations into a network, the network's versioned
 * observation lens (kijkwijzer) and proposals to change it, matching rounds
 * with their proposals, and the visits themselves — agreement, visiting
 * team, the notebook of beelden (synchronised exactly once, conflicts kept),
 * the host's responses in the mirror conversation, the mirror report with
 * the practices the host picks (in `practice`, from the reflection-sessions
 * migration), and the entrepreneurs' check-in.
 *
 * Network rows carry `network_id`; rows that belong to an organisation also
 * carry `organisation_id` (for a visit: the host, who owns what is found).
 */
export class PeerVisits1763900004000 implements MigrationInterface {
  name = 'PeerVisits1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES person(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX network_invitation_network_idx ON network_invitation(network_id, created_at);

      -- Version 0 is Kring's starting lens (in @kring/domain); published versions start at 1.
      CREATE TABLE network_lens_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        purpose text NOT NULL,
        value_ids text[] NOT NULL,
        mirror_theme_ids text[] NOT NULL,
        questions text[] NOT NULL DEFAULT '{}',
        -- What changed and why, for the members reading the new version.
        change_note text NOT NULL DEFAULT '',
        published_by uuid REFERENCES person(id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT network_lens_version_uq UNIQUE (network_id, version)
      );

      CREATE TABLE network_lens_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        proposed_by uuid REFERENCES person(id) ON DELETE SET NULL,
        base_version int NOT NULL,
        purpose text NOT NULL,
        value_ids text[] NOT NULL,
        mirror_theme_ids text[] NOT NULL,
        questions text[] NOT NULL DEFAULT '{}',
        motivation text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'adopted', 'declined')),
        decision_note text NOT NULL DEFAULT '',
        adopted_in_version int,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX network_lens_proposal_network_idx ON network_lens_proposal(network_id, created_at);

      CREATE TABLE matching_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        months_without_repeat int NOT NULL CHECK (months_without_repeat BETWEEN 1 AND 60),
        -- Organisations no proposal could be made for, each with the matcher's explanation ({organisationId, explanation}).
        unmatched jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX matching_round_network_idx ON matching_round(network_id, created_at);

      CREATE TABLE visit_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        round_id uuid NOT NULL REFERENCES matching_round(id) ON DELETE CASCADE,
        -- Why Kring proposes this group, {nl, en}.
        explanation jsonb NOT NULL,
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX visit_proposal_round_idx ON visit_proposal(round_id);

      -- Members in visiting order: each visits the next, the last visits the first.
      CREATE TABLE visit_proposal_member (
        proposal_id uuid NOT NULL REFERENCES visit_proposal(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        position int NOT NULL,
        response text CHECK (response IN ('accepted', 'declined')),
        responded_by uuid REFERENCES person(id) ON DELETE SET NULL,
        responded_at timestamptz,
        PRIMARY KEY (proposal_id, organisation_id)
      );
      CREATE INDEX visit_proposal_member_organisation_idx ON visit_proposal_member(organisation_id);

      CREATE TABLE peer_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        -- The host: owns the findings and decides who sees the mirror report.
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        visiting_organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES visit_proposal(id) ON DELETE SET NULL,
        -- The visit back (tegenbezoek), planned from the mirror report.
        return_visit_id uuid REFERENCES peer_visit(id) ON DELETE SET NULL,
        location_id uuid REFERENCES location(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'agreed', 'cancelled')),
        focus_question text NOT NULL DEFAULT '',
        purpose text NOT NULL DEFAULT '',
        format text CHECK (format IN ('half_day', 'day', 'twenty_four_hours')),
        visit_date date,
        -- The lens this visit looks through and the network version it came from, kept as agreed.
        lens_version int NOT NULL,
        lens jsonb NOT NULL,
        practical_notes text NOT NULL DEFAULT '',
        privacy_notes text NOT NULL DEFAULT '',
        host_agreed_at timestamptz,
        host_agreed_by uuid REFERENCES person(id) ON DELETE SET NULL,
        visitor_agreed_at timestamptz,
        visitor_agreed_by uuid REFERENCES person(id) ON DELETE SET NULL,
        report_status text NOT NULL DEFAULT 'draft' CHECK (report_status IN ('draft', 'with_host', 'closed')),
        report_summary text NOT NULL DEFAULT '',
        host_reflection text NOT NULL DEFAULT '',
        report_visibility text NOT NULL DEFAULT 'involved' CHECK (report_visibility IN ('involved', 'team', 'organisation', 'network')),
        report_team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        handed_to_host_at timestamptz,
        closed_at timestamptz,
        closed_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_visit_two_organisations_ck CHECK (organisation_id <> visiting_organisation_id)
      );
      CREATE INDEX peer_visit_network_idx ON peer_visit(network_id, visit_date);
      CREATE INDEX peer_visit_host_idx ON peer_visit(organisation_id);
      CREATE INDEX peer_visit_visitor_idx ON peer_visit(visiting_organisation_id);

      -- The visiting team; relatives and experts are named only and need no account.
      CREATE TABLE peer_visit_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('entrepreneur', 'care_worker', 'relative', 'expert')),
        display_name text NOT NULL DEFAULT '',
        CONSTRAINT peer_visit_member_account_ck CHECK ((role IN ('entrepreneur', 'care_worker')) = (person_id IS NOT NULL))
      );
      CREATE INDEX peer_visit_member_visit_idx ON peer_visit_member(visit_id);
      CREATE INDEX peer_visit_member_person_idx ON peer_visit_member(person_id);

      -- A beeld. client_id is chosen by the device that wrote it; a withdrawal keeps the row (deleted_at).
      CREATE TABLE peer_visit_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL,
        finding_type text NOT NULL CHECK (finding_type IN ('touched_us', 'mirror_question', 'point_of_attention', 'suggestion', 'rule_obstacle')),
        value_ids text[] NOT NULL DEFAULT '{}',
        mirror_theme_id text,
        moment_of_day text CHECK (moment_of_day IN ('morning', 'midday', 'afternoon', 'evening', 'night')),
        about_focus boolean NOT NULL DEFAULT false,
        deleted_at timestamptz,
        in_report boolean NOT NULL DEFAULT true,
        revision int NOT NULL,
        last_edit_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_visit_note_client_uq UNIQUE (visit_id, client_id)
      );

      -- Exactly once: every change a device sent, by its id, with the outcome to answer a replay with.
      CREATE TABLE peer_visit_note_receipt (
        edit_id uuid PRIMARY KEY,
        note_id uuid NOT NULL REFERENCES peer_visit_note(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        outcome text NOT NULL CHECK (outcome IN ('created', 'applied', 'unchanged', 'conflict')),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- Two edits of one note met: the later one waits here for its author to choose. Never dropped unseen.
      CREATE TABLE peer_visit_note_conflict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        note_id uuid NOT NULL REFERENCES peer_visit_note(id) ON DELETE CASCADE,
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        author_id uuid REFERENCES person(id) ON DELETE CASCADE,
        edit_id uuid NOT NULL UNIQUE,
        base_revision int NOT NULL,
        body text NOT NULL,
        finding_type text NOT NULL,
        value_ids text[] NOT NULL DEFAULT '{}',
        mirror_theme_id text,
        moment_of_day text,
        about_focus boolean NOT NULL DEFAULT false,
        deleted boolean NOT NULL DEFAULT false,
        resolution text CHECK (resolution IN ('keep_server', 'keep_mine', 'keep_both')),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX peer_visit_note_conflict_visit_idx ON peer_visit_note_conflict(visit_id, author_id) WHERE resolved_at IS NULL;

      -- What the host answered in the mirror conversation, per focus question, mirror question and theme.
      CREATE TABLE peer_visit_mirror_response (
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        topic_kind text NOT NULL CHECK (topic_kind IN ('focus', 'question', 'theme')),
        topic_id text NOT NULL,
        body text NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES person(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (visit_id, topic_kind, topic_id)
      );

      -- Practices the host picked from the mirror report; the practice itself lives with the team's other practices.
      CREATE TABLE peer_visit_practice (
        practice_id uuid PRIMARY KEY REFERENCES practice(id) ON DELETE CASCADE,
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE
      );
      CREATE INDEX peer_visit_practice_visit_idx ON peer_visit_practice(visit_id);

      -- The entrepreneurs' check-in: open notes, seen by the two entrepreneurs only unless the author shares them.
      CREATE TABLE entrepreneur_checkin_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        visit_id uuid NOT NULL REFERENCES peer_visit(id) ON DELETE CASCADE,
        network_id uuid NOT NULL REFERENCES learning_network(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        topic text NOT NULL CHECK (topic IN ('continuity', 'staying_small', 'specialist_expertise', 'rules_and_contracts')),
        body text NOT NULL,
        shared_with_network boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT entrepreneur_checkin_note_uq UNIQUE (visit_id, author_id, topic)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE entrepreneur_checkin_note, peer_visit_practice, peer_visit_mirror_response, peer_visit_note_conflict,
        peer_visit_note_receipt, peer_visit_note, peer_visit_member, peer_visit, visit_proposal_member, visit_proposal,
        matching_round, network_lens_proposal, network_lens_version, network_invitation;
    `);
  }
}
