import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Raw material an organisation may choose to have purged as well (retention
 * rules with organisationChooses, e.g. the contributions in the live room of
 * a reflection session once its report is approved): the kinds it chose.
 */
export class ChosenPurges1766100001000 implements MigrationInterface {
  name = 'ChosenPurges1766100001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_setting ADD COLUMN chosen_purges text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE privacy_setting DROP COLUMN chosen_purges`);
  }
}
