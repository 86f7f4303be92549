import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases (casus) written in chapters, who else may read them, the consent
 * records behind sharing them, and the resident pseudonym register that the
 * identifying-details guard reads. Every table carries `organisation_id`.
 */
export class Cases1763900000000 implements MigrationInterface {
  name = 'Cases1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        -- Always one of the organisation's own teams (checked by the API).
        team_id uuid REFERENCES team(id) ON DELETE SET NULL,
        -- The case belongs to the organisation; it stays when the author's account is erased.
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        -- Pseudonym code such as C-7KQ4, unique within the organisation.
        code text NOT NULL,
        display_pseudonym text NOT NULL,
        title text NOT NULL,
        life_story_note text NOT NULL DEFAULT '',
        -- Belastbaarheid: when direct participation would be too heavy for the resident.
        burden_note text NOT NULL DEFAULT '',
        visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'session', 'team', 'organisation')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_file_code_uq UNIQUE (organisation_id, code)
      );
      CREATE INDEX case_file_team_idx ON case_file(organisation_id, team_id);

      -- People who may read a case besides its author from visibility 'session'
      -- on: the reflection sessions module adds a session's participants here
      -- when the session uses the case.
      CREATE TABLE case_access (
        case_id uuid NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, person_id)
      );
      CREATE INDEX case_access_person_idx ON case_access(person_id);

      CREATE TABLE case_chapter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 1),
        title text NOT NULL,
        body text NOT NULL,
        author_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_chapter_position_uq UNIQUE (case_id, position)
      );

      -- Consent is withdrawn by setting withdrawn_on, never by deleting: the
      -- record of what was allowed when stays.
      CREATE TABLE case_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('discuss_in_team', 'share_in_organisation', 'share_in_network')),
        given_by text NOT NULL CHECK (given_by IN ('resident', 'legal_representative')),
        form text NOT NULL CHECK (form IN ('standard', 'easy_read')),
        given_on date NOT NULL,
        withdrawn_on date CHECK (withdrawn_on >= given_on),
        note text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX case_consent_case_idx ON case_consent(case_id);

      -- Pseudonyms of the organisation's residents with the real names and
      -- nicknames that must not appear in texts (read only by managers).
      CREATE TABLE resident_register (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        pseudonym text NOT NULL,
        watch_names text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX resident_register_pseudonym_uq ON resident_register(organisation_id, lower(pseudonym));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resident_register, case_consent, case_chapter, case_access, case_file`);
  }
}
