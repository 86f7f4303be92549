import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Networks, organisations, locations, teams, people, memberships, sessions,
 * invitations, the development outbox and the audit log. Every row that
 * belongs to an organisation carries `organisation_id` (the tenant key).
 */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid REFERENCES learning_network(id) ON DELETE SET NULL,
        name text NOT NULL,
        kind text NOT NULL,
        client_groups text[] NOT NULL DEFAULT '{}',
        financing text[] NOT NULL DEFAULT '{}',
        care_vision text NOT NULL DEFAULT '',
        resident_term text NOT NULL DEFAULT 'bewoner',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organisation_network_idx ON organisation(network_id);
      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL,
        place text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX location_organisation_idx ON location(organisation_id);
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        location_id uuid REFERENCES location(id) ON DELETE SET NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX team_organisation_idx ON team(organisation_id);
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        preferred_language text NOT NULL DEFAULT 'nl',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX person_email_uq ON person(lower(email));
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        network_id uuid REFERENCES learning_network(id) ON DELETE CASCADE,
        team_id uuid REFERENCES team(id) ON DELETE CASCADE,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_scope_ck CHECK (organisation_id IS NOT NULL OR network_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX membership_uq ON membership(
        person_id, role,
        coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid),
        coalesce(network_id, '00000000-0000-0000-0000-000000000000'::uuid),
        coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid)
      );
      CREATE INDEX membership_organisation_idx ON membership(organisation_id);
      CREATE INDEX membership_person_idx ON membership(person_id);
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE login_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt(email, created_at);
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        team_id uuid REFERENCES team(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES person(id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invitation_organisation_idx ON invitation(organisation_id);
      CREATE TABLE outbox_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX outbox_mail_organisation_idx ON outbox_mail(organisation_id, created_at);
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text,
        subject_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_organisation_idx ON audit_event(organisation_id, created_at);
      -- Used by @socket.io/postgres-adapter for payloads too large for NOTIFY.
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE socket_io_attachments, audit_event, outbox_mail, invitation, login_attempt, password_reset, auth_session,
        membership, person, team, location, organisation, learning_network;
    `);
  }
}
