import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Throttles that hold under concurrency: one counter row per rule and key
 * (engine/throttle/throttle.service.ts), incremented atomically before the
 * guarded work, replaces the lists of failed attempts that were counted after
 * it (and that 40 parallel guesses all read as "not yet 5"). Keys are hashes:
 * no e-mail or IP address is kept for throttling.
 */
export class ThrottleCounters1766400000000 implements MigrationInterface {
  name = 'ThrottleCounters1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE throttle_counter (
        rule text NOT NULL,
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (rule, key)
      );
      CREATE INDEX throttle_counter_window_idx ON throttle_counter(window_start);
      DROP TABLE login_attempt, relative_link_attempt;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE throttle_counter;
      CREATE TABLE login_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt(email, created_at);
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
}
