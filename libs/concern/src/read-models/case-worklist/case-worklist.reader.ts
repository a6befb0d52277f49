import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IsoDate } from '@stafett/kernel';
import type { Level } from '../../domain/concern.values';

/** A practitioner in a worklist: ids only; names are looked up by the client where it may. */
export interface WorklistPractitionerRef {
  readonly unitId: string;
  readonly practitionerId: string;
}

export interface OpenCaseItem {
  readonly caseId: string;
  readonly childId: string;
  readonly level: Level;
  readonly owningUnit: string;
  readonly stafettholder: WorklistPractitionerRef | null;
  readonly updatedAt: string;
}

export interface OpenCases {
  readonly countsByLevel: Record<Level, number>;
  readonly items: readonly OpenCaseItem[];
}

export interface LevelZeroDecisionItem {
  readonly caseId: string;
  readonly childId: string;
  readonly decisionDueOn: IsoDate;
  /** Negative when overdue. */
  readonly daysLeft: number;
}

export interface EvaluationItem {
  readonly caseId: string;
  readonly measureId: string;
  readonly level: Level;
  readonly responsiblePractitionerId: string;
  readonly nextEvaluationOn: IsoDate;
  /** Negative when overdue. */
  readonly daysLeft: number;
}

export interface HandoverItem {
  readonly caseId: string;
  readonly childId: string;
  readonly level: Level;
  readonly from: WorklistPractitionerRef;
  readonly to: WorklistPractitionerRef;
  readonly proposedAt: string;
}

export interface CaseWithoutStafettholderItem {
  readonly caseId: string;
  readonly childId: string;
  readonly level: Level;
  readonly owningUnit: string;
  readonly updatedAt: string;
}

/** Split on the day asked about: due from that day on, overdue before it. */
export interface DueAndOverdue<Item> {
  readonly due: readonly Item[];
  readonly overdue: readonly Item[];
}

const split = <Item extends { daysLeft: number }>(items: readonly Item[]): DueAndOverdue<Item> => ({
  due: items.filter((item) => item.daysLeft >= 0),
  overdue: items.filter((item) => item.daysLeft < 0),
});

const practitioner = (unitId: string | null, practitionerId: string | null): WorklistPractitionerRef | null =>
  unitId && practitionerId ? { unitId, practitionerId } : null;

/** Open cases the unit owns or takes part in. */
const MINE = `status = 'open' AND (owning_unit = $1 OR participating_units @> ARRAY[$1]::text[])`;

/**
 * The case worklists for one unit, from the `case-worklist` projection. `today` is the caller's
 * Europe/Oslo calendar date. Eventually consistent: an event shows up once the projection applied it.
 */
@Injectable()
export class CaseWorklistReader {
  constructor(private readonly dataSource: DataSource) {}

  async openCases(unitId: string): Promise<OpenCases> {
    const rows: Array<{ case_id: string; child_id: string; level: number; owning_unit: string; holder_unit: string | null; holder: string | null; updated_at: Date }> =
      await this.dataSource.query(
        `SELECT case_id, child_id, level, owning_unit, stafettholder_unit AS holder_unit, stafettholder_practitioner AS holder, updated_at
           FROM case_worklist WHERE ${MINE}
          ORDER BY level DESC, updated_at DESC, case_id`,
        [unitId],
      );
    const countsByLevel: Record<Level, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
    for (const row of rows) countsByLevel[row.level as Level] += 1;
    return {
      countsByLevel,
      items: rows.map((row) => ({
        caseId: row.case_id,
        childId: row.child_id,
        level: row.level as Level,
        owningUnit: row.owning_unit,
        stafettholder: practitioner(row.holder_unit, row.holder),
        updatedAt: row.updated_at.toISOString(),
      })),
    };
  }

  /** Level-0 cases the unit owns whose decision is still pending. */
  async levelZeroDecisions(unitId: string, today: IsoDate): Promise<DueAndOverdue<LevelZeroDecisionItem>> {
    const rows: Array<{ case_id: string; child_id: string; due_on: string; days_left: number }> = await this.dataSource.query(
      `SELECT case_id, child_id, decision_due_on::text AS due_on, (decision_due_on - $2::date) AS days_left
         FROM case_worklist
        WHERE status = 'open' AND owning_unit = $1 AND level = 0 AND NOT level_zero_decided
        ORDER BY decision_due_on, case_id`,
      [unitId, today],
    );
    return split(rows.map((row) => ({ caseId: row.case_id, childId: row.child_id, decisionDueOn: row.due_on, daysLeft: row.days_left })));
  }

  /** Measures the unit owns, in open cases, whose next evaluation is overdue or within `withinDays`. */
  async evaluations(unitId: string, today: IsoDate, withinDays: number): Promise<DueAndOverdue<EvaluationItem>> {
    const rows: Array<{ case_id: string; measure_id: string; level: number; responsible: string; next_on: string; days_left: number }> =
      await this.dataSource.query(
        `SELECT m.case_id, m.measure_id, c.level, m.responsible_practitioner AS responsible,
                m.next_evaluation_on::text AS next_on, (m.next_evaluation_on - $2::date) AS days_left
           FROM case_measure_evaluations m JOIN case_worklist c USING (case_id)
          WHERE c.status = 'open' AND m.owner_unit = $1 AND NOT m.ended
            AND m.next_evaluation_on <= $2::date + $3::int
          ORDER BY m.next_evaluation_on, m.case_id, m.measure_id`,
        [unitId, today, withinDays],
      );
    return split(
      rows.map((row) => ({
        caseId: row.case_id,
        measureId: row.measure_id,
        level: row.level as Level,
        responsiblePractitionerId: row.responsible,
        nextEvaluationOn: row.next_on,
        daysLeft: row.days_left,
      })),
    );
  }

  /** Handovers of the baton proposed to a practitioner of the unit and not yet answered. */
  async handoversWaiting(unitId: string): Promise<HandoverItem[]> {
    const rows: Array<{
      case_id: string;
      child_id: string;
      level: number;
      from_unit: string;
      from_practitioner: string;
      to_unit: string;
      to_practitioner: string;
      since: Date;
    }> = await this.dataSource.query(
      `SELECT case_id, child_id, level,
              pending_handover_from_unit AS from_unit, pending_handover_from_practitioner AS from_practitioner,
              pending_handover_to_unit AS to_unit, pending_handover_to_practitioner AS to_practitioner,
              pending_handover_since AS since
         FROM case_worklist
        WHERE status = 'open' AND pending_handover_to_unit = $1
        ORDER BY pending_handover_since, case_id`,
      [unitId],
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      childId: row.child_id,
      level: row.level as Level,
      from: { unitId: row.from_unit, practitionerId: row.from_practitioner },
      to: { unitId: row.to_unit, practitionerId: row.to_practitioner },
      proposedAt: row.since.toISOString(),
    }));
  }

  /** Open cases at level 1 or higher that the unit owns or takes part in and nobody holds. */
  async withoutStafettholder(unitId: string): Promise<CaseWithoutStafettholderItem[]> {
    const rows: Array<{ case_id: string; child_id: string; level: number; owning_unit: string; updated_at: Date }> = await this.dataSource.query(
      `SELECT case_id, child_id, level, owning_unit, updated_at
         FROM case_worklist
        WHERE ${MINE} AND level >= 1 AND stafettholder_practitioner IS NULL
        ORDER BY updated_at, case_id`,
      [unitId],
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      childId: row.child_id,
      level: row.level as Level,
      owningUnit: row.owning_unit,
      updatedAt: row.updated_at.toISOString(),
    }));
  }
}
