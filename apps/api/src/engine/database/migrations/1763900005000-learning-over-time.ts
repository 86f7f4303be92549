import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning over time (domain guide §7): stories (verhalen) with their member
 * check, the community library with Dutch full-text search, and an index for
 * due look-backs of new practices. Every table carries `organisation_id`.
 *
 * Practices need no new column: where one came from is already in the data —
 * a session (practice.session_id), the listener reflection of a mirror
 * conversation (mirror_conversation.listener_session_id) or a peer visit
 * (peer_visit_practice) — and is read from there, so it can never disagree.
 *
 * The library keeps the text the owner reviewed and anonymised, never the
 * permission: whether an item may still be shown (consent, approval, the
 * source still existing) is checked against the source at every search.
 */
export class LearningOverTime1763900005000 implements MigrationInterface {
  name = 'LearningOverTime1763900005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Running practices by look-back day: the daily reminder and the "due" list.
      CREATE INDEX practice_look_back_idx ON practice(look_back_on) WHERE status IN ('open', 'continued');

      CREATE TABLE story (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- The team that wrote it down; the story never reaches it before the member check.
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        title text NOT NULL,
        body text NOT NULL,
        value_ids text[] NOT NULL DEFAULT '{}',
        -- Bumped by every change of title or body; an approval holds for one revision only.
        revision int NOT NULL DEFAULT 1 CHECK (revision >= 1),
        -- The storyteller: a member with an account, or someone without one (a relative,
        -- a resident) who reads the story through a personal link (only its hash is kept).
        storyteller_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        storyteller_name text NOT NULL DEFAULT '',
        storyteller_email text,
        storyteller_language text NOT NULL DEFAULT 'nl',
        token_hash text UNIQUE,
        link_expires_at timestamptz,
        link_revoked_at timestamptz,
        check_status text NOT NULL DEFAULT 'draft' CHECK (check_status IN ('draft', 'with_storyteller', 'changes_requested', 'approved')),
        approved_revision int,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX story_organisation_idx ON story(organisation_id, team_id);
      CREATE INDEX story_storyteller_idx ON story(storyteller_person_id);

      -- The conversation of the member check: the storyteller's remarks and the writer's answers.
      CREATE TABLE story_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        story_id uuid NOT NULL REFERENCES story(id) ON DELETE CASCADE,
        revision int NOT NULL,
        from_storyteller boolean NOT NULL,
        -- Null for a storyteller without an account.
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX story_comment_story_idx ON story_comment(story_id, created_at);

      -- Consent per audience: a grant and its withdrawal, never deleted; at most one active grant per audience.
      CREATE TABLE story_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        story_id uuid NOT NULL REFERENCES story(id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN ('team', 'organisation', 'network', 'public')),
        given_via text NOT NULL CHECK (given_via IN ('account', 'link')),
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      );
      CREATE UNIQUE INDEX story_consent_active_uq ON story_consent(story_id, audience) WHERE withdrawn_at IS NULL;

      -- The community library: what an owner shared, as the text they reviewed and anonymised.
      CREATE TABLE library_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        source_kind text NOT NULL CHECK (source_kind IN ('case', 'story', 'lesson', 'mirror_report')),
        -- The case, story, harvest item or peer visit; checked against at every search, so no foreign key ties the kinds together.
        source_id uuid NOT NULL,
        -- For a story: the revision that was shared; a later change hides the item until shared again.
        source_revision int,
        audience text NOT NULL CHECK (audience IN ('organisation', 'network')),
        -- Where it comes from inside the organisation (for the setting filter and the own team's name).
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        title text NOT NULL,
        body text NOT NULL,
        value_ids text[] NOT NULL DEFAULT '{}',
        shared_by uuid REFERENCES person(id) ON DELETE SET NULL,
        shared_at timestamptz NOT NULL DEFAULT now(),
        -- The infinitives of past-tense words in title and body (infinitivesIn in @kring/domain): the
        -- Dutch stemmer joins "bewoners" and "bewoner", but not "wandelde" and "wandelen".
        search_extra text NOT NULL DEFAULT '',
        -- The title weighs more than the body, the added infinitives least.
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B') || setweight(to_tsvector('dutch', search_extra), 'C')
        ) STORED,
        CONSTRAINT library_item_source_uq UNIQUE (source_kind, source_id)
      );
      CREATE INDEX library_item_search_idx ON library_item USING gin (search_vector);
      CREATE INDEX library_item_organisation_idx ON library_item(organisation_id, shared_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE library_item, story_consent, story_comment, story;
      DROP INDEX practice_look_back_idx;
    `);
  }
}
