import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per timeline entry of a child: structural facts only (category, owner, time, where the
 * event is). The content stays in the event, encrypted with the child's key, and is loaded by
 * (stream_id, stream_version) only for entries the policy shows.
 */
export class CreateChildTimeline1732000000700 implements MigrationInterface {
  name = 'CreateChildTimeline1732000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE child_timeline (
        entry_id                    text        PRIMARY KEY,
        child_id                    uuid        NOT NULL,
        case_id                     text        NULL,
        category                    text        NOT NULL,
        owner_unit_id               text        NOT NULL,
        owner_service_type          text        NOT NULL,
        owner_family                text        NOT NULL,
        occurred_at                 timestamptz NOT NULL,
        event_type                  text        NOT NULL,
        stream_id                   text        NOT NULL,
        stream_version              bigint      NOT NULL,
        statutory_recipient_unit_id text        NULL
      )`);
    await queryRunner.query(`CREATE INDEX child_timeline_child_occurred ON child_timeline (child_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE child_timeline`);
  }
}
