import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consent register (issue 5): one row per consent with its facts as the policy sees them
 * (ConsentFacts: grantees, decision, period, provisions; no names). `valid_to` is the first day no
 * longer covered (half-open period), kept apart for the expiry worklist.
 */
export class CreateConsentRegister1732000000600 implements MigrationInterface {
  name = 'CreateConsentRegister1732000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consent_register (
        consent_id   uuid        PRIMARY KEY,
        child_id     uuid        NOT NULL,
        facts        jsonb       NOT NULL,
        withdrawn_at timestamptz,
        valid_to     date,
        recorded_at  timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX consent_register_child_id ON consent_register (child_id)`);
    await queryRunner.query(`CREATE INDEX consent_register_valid_to ON consent_register (valid_to) WHERE withdrawn_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consent_register`);
  }
}
