import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case worklists (issue 4): one row per BTI case and one per measure, structural fields only
 * (ids, unit ids, levels, dates, statuses). Free texts stay in the events. `version` is the last
 * stream version applied to the case, so a replayed event changes nothing.
 */
export class CreateCaseWorklists1732000000500 implements MigrationInterface {
  name = 'CreateCaseWorklists1732000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_worklist (
        case_id                            text        PRIMARY KEY,
        child_id                           text        NOT NULL,
        kommunenummer                      text        NOT NULL,
        owning_unit                        text        NOT NULL,
        level                              smallint    NOT NULL,
        status                             text        NOT NULL CHECK (status IN ('open', 'closed')),
        stafettholder_unit                 text,
        stafettholder_practitioner         text,
        decision_due_on                    date        NOT NULL,
        level_zero_decided                 boolean     NOT NULL,
        pending_handover_from_unit         text,
        pending_handover_from_practitioner text,
        pending_handover_to_unit           text,
        pending_handover_to_practitioner   text,
        pending_handover_since             timestamptz,
        participating_units                text[]      NOT NULL,
        version                            bigint      NOT NULL,
        updated_at                         timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX case_worklist_participating_units ON case_worklist USING gin (participating_units)`);
    await queryRunner.query(`CREATE INDEX case_worklist_owning_unit ON case_worklist (owning_unit) WHERE status = 'open'`);
    await queryRunner.query(
      `CREATE INDEX case_worklist_handover_to_unit ON case_worklist (pending_handover_to_unit) WHERE pending_handover_to_unit IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE case_measure_evaluations (
        case_id                  text    NOT NULL REFERENCES case_worklist (case_id) ON DELETE CASCADE,
        measure_id               text    NOT NULL,
        owner_unit               text    NOT NULL,
        responsible_practitioner text    NOT NULL,
        pending_evaluations      date[]  NOT NULL,
        next_evaluation_on       date,
        ended                    boolean NOT NULL,
        PRIMARY KEY (case_id, measure_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX case_measure_evaluations_owner_next ON case_measure_evaluations (owner_unit, next_evaluation_on) WHERE NOT ended`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_measure_evaluations`);
    await queryRunner.query(`DROP TABLE case_worklist`);
  }
}
