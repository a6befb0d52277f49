import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the recording unit marked an entry as sensitive to an investigation (issue 10; the police:
 * politiregisterloven § 23 second paragraph). A structural fact the policy needs; rows written
 * before it are rebuilt from the events (`projections rebuild child-timeline`).
 */
export class MarkInvestigationSensitive1732000001010 implements MigrationInterface {
  name = 'MarkInvestigationSensitive1732000001010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE child_timeline ADD COLUMN investigation_sensitive boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE child_timeline DROP COLUMN investigation_sensitive`);
  }
}
