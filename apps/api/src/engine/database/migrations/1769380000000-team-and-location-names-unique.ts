import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A team's or location's name is how people choose it (lists and choices show only the name), so one organisation
 * has each name once, in any capitals: a unique index on (organisation_id, lower(name)), which also holds when two
 * people add the same name at the same moment (OrganisationsService refuses it beside the box). Twins made before
 * this index get a number after their name, the oldest keeping it, so nothing is lost and each can be told apart.
 */
export class TeamAndLocationNamesUnique1769380000000 implements MigrationInterface {
  name = 'TeamAndLocationNamesUnique1769380000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['team', 'location']) {
      await q.query(
        `UPDATE ${table} t SET name = t.name || ' (' || twin.n || ')'
         FROM (SELECT id, row_number() OVER (PARTITION BY organisation_id, lower(name) ORDER BY created_at, id) AS n FROM ${table}) twin
         WHERE twin.id = t.id AND twin.n > 1`,
      );
      await q.query(`CREATE UNIQUE INDEX ${table}_name_uq ON ${table} (organisation_id, lower(name))`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX team_name_uq, location_name_uq`);
  }
}
