import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStreamCatalogue1732000000001 implements MigrationInterface {
  name = 'CreateStreamCatalogue1732000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stream_catalogue (
        stream_id       text        PRIMARY KEY,
        stream_type     text        NOT NULL,
        version         bigint      NOT NULL,
        event_count     bigint      NOT NULL,
        last_event_type text        NOT NULL,
        first_event_at  timestamptz NOT NULL,
        last_event_at   timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX stream_catalogue_stream_type ON stream_catalogue (stream_type)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE stream_catalogue`);
  }
}
