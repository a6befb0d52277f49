import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationView1732000000200 implements MigrationInterface {
  name = 'CreateOrganisationView1732000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row: the organisation is small (hundreds of units) and every query needs all of it.
    await queryRunner.query(`
      CREATE TABLE organisation_view (
        id       smallint PRIMARY KEY CHECK (id = 1),
        state    jsonb    NOT NULL,
        version  bigint   NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation_view`);
  }
}
