import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events a projection could not apply: the poison event, and the later events of its stream held behind it. */
export class CreateProjectionParkedEvents1732000001000 implements MigrationInterface {
  name = 'CreateProjectionParkedEvents1732000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_parked_events (
        projection       text        NOT NULL,
        event_id         uuid        NOT NULL,
        stream_id        text        NOT NULL,
        stream_version   bigint      NOT NULL,
        event_type       text        NOT NULL,
        position_commit  bigint      NOT NULL,
        position_prepare bigint      NOT NULL,
        reason           text        NOT NULL CHECK (reason IN ('failed', 'held')),
        failure          text        NULL,
        attempts         int         NOT NULL DEFAULT 0,
        metadata         jsonb       NOT NULL,
        parked_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX projection_parked_events_stream ON projection_parked_events (projection, stream_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_parked_events`);
  }
}
