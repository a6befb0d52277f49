import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report clock (issue 6): one row per report of concern, structural fields only (ids, the
 * municipality, reporter category and kind, instants, decisions). The report's content and every
 * free-text reason stay in the events. `state` is what `deadlinesFor` needs; deadlines themselves
 * are computed at read time, so "overdue" needs no timer. `settled` is true once every deadline
 * the law gives the report is met or does not apply: such a report leaves the worklists (it does
 * not depend on the date asked about). `version` is the last stream version applied.
 */
export class CreateReportClock1732000000800 implements MigrationInterface {
  name = 'CreateReportClock1732000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_clock (
        report_id         text        PRIMARY KEY,
        kommunenummer     text        NOT NULL,
        reporter_category text        NOT NULL,
        reporter_kind     text        NOT NULL CHECK (reporter_kind IN ('public', 'private')),
        received_at       timestamptz NOT NULL,
        state             jsonb       NOT NULL,
        settled           boolean     NOT NULL,
        version           bigint      NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX report_clock_open ON report_clock (kommunenummer) WHERE NOT settled`);
    await queryRunner.query(`CREATE INDEX report_clock_received ON report_clock (kommunenummer, received_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_clock`);
  }
}
