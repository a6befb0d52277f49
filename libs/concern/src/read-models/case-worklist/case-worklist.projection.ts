import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import type { Level } from '../../domain/concern.values';
import { evolveWorklistCase, worklistCaseIdOf, type WorklistCase } from './case-worklist.row';

/** `case_worklist` and `case_measure_evaluations` rows as `to_jsonb` gives them back. */
interface StoredCase {
  case_id: string;
  child_id: string;
  kommunenummer: string;
  owning_unit: string;
  level: number;
  status: 'open' | 'closed';
  stafettholder_unit: string | null;
  stafettholder_practitioner: string | null;
  decision_due_on: string;
  level_zero_decided: boolean;
  pending_handover_from_unit: string | null;
  pending_handover_from_practitioner: string | null;
  pending_handover_to_unit: string | null;
  pending_handover_to_practitioner: string | null;
  pending_handover_since: string | null;
  participating_units: string[];
  version: string;
  updated_at: string;
}

interface StoredMeasure {
  case_id: string;
  measure_id: string;
  owner_unit: string;
  responsible_practitioner: string;
  pending_evaluations: string[];
  ended: boolean;
}

function fromStored(row: StoredCase, measures: readonly StoredMeasure[]): WorklistCase {
  const pair = (unitId: string | null, practitionerId: string | null) => (unitId && practitionerId ? { unitId, practitionerId } : undefined);
  const from = pair(row.pending_handover_from_unit, row.pending_handover_from_practitioner);
  const to = pair(row.pending_handover_to_unit, row.pending_handover_to_practitioner);
  return {
    caseId: row.case_id,
    childId: row.child_id,
    kommunenummer: row.kommunenummer,
    owningUnit: row.owning_unit,
    level: row.level as Level,
    status: row.status,
    stafettholder: pair(row.stafettholder_unit, row.stafettholder_practitioner),
    decisionDueOn: row.decision_due_on,
    levelZeroDecided: row.level_zero_decided,
    pendingHandover: from && to && row.pending_handover_since ? { from, to, since: row.pending_handover_since } : undefined,
    participatingUnits: row.participating_units,
    measures: measures
      .map((m) => ({
        measureId: m.measure_id,
        ownerUnit: m.owner_unit,
        responsiblePractitioner: m.responsible_practitioner,
        pendingEvaluations: m.pending_evaluations,
        ended: m.ended,
      }))
      .sort((a, b) => (a.measureId < b.measureId ? -1 : 1)),
    version: BigInt(row.version),
    updatedAt: row.updated_at,
  };
}

function toStored(state: WorklistCase): StoredCase {
  return {
    case_id: state.caseId,
    child_id: state.childId,
    kommunenummer: state.kommunenummer,
    owning_unit: state.owningUnit,
    level: state.level,
    status: state.status,
    stafettholder_unit: state.stafettholder?.unitId ?? null,
    stafettholder_practitioner: state.stafettholder?.practitionerId ?? null,
    decision_due_on: state.decisionDueOn,
    level_zero_decided: state.levelZeroDecided,
    pending_handover_from_unit: state.pendingHandover?.from.unitId ?? null,
    pending_handover_from_practitioner: state.pendingHandover?.from.practitionerId ?? null,
    pending_handover_to_unit: state.pendingHandover?.to.unitId ?? null,
    pending_handover_to_practitioner: state.pendingHandover?.to.practitionerId ?? null,
    pending_handover_since: state.pendingHandover?.since ?? null,
    participating_units: [...state.participatingUnits],
    version: state.version.toString(),
    updated_at: state.updatedAt,
  };
}

/**
 * The case worklists (issue 4 item 6). Per batch: load the touched cases, evolve them event by
 * event (skipping versions already applied), write them back. Loading the stored row first makes
 * the result independent of how the events were split into batches.
 */
export class CaseWorklistProjection implements Projection {
  readonly name = 'case-worklist';
  readonly tables = ['case_worklist', 'case_measure_evaluations'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => worklistCaseIdOf(event) !== undefined);
    if (mine.length === 0) return;
    const caseIds = [...new Set(mine.map((event) => worklistCaseIdOf(event) as string))];
    const cases = await this.load(caseIds, manager);
    const touched = new Set<string>();
    for (const event of mine) {
      const caseId = worklistCaseIdOf(event) as string;
      const before = cases.get(caseId);
      const after = evolveWorklistCase(before, event);
      if (after && after !== before) {
        cases.set(caseId, after);
        touched.add(caseId);
      }
    }
    if (touched.size > 0) await this.save([...touched].map((id) => cases.get(id) as WorklistCase), manager);
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE case_measure_evaluations, case_worklist');
  }

  private async load(caseIds: readonly string[], manager: EntityManager): Promise<Map<string, WorklistCase>> {
    const rows: Array<{ row: StoredCase }> = await manager.query(
      'SELECT to_jsonb(c) AS row FROM case_worklist c WHERE case_id = ANY($1::text[]) FOR UPDATE',
      [caseIds],
    );
    const measures: Array<{ row: StoredMeasure }> = await manager.query(
      'SELECT to_jsonb(m) AS row FROM case_measure_evaluations m WHERE case_id = ANY($1::text[])',
      [caseIds],
    );
    const byCase = new Map<string, StoredMeasure[]>();
    for (const { row } of measures) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), row]);
    return new Map(rows.map(({ row }) => [row.case_id, fromStored({ ...row, version: String(row.version) }, byCase.get(row.case_id) ?? [])]));
  }

  private async save(cases: readonly WorklistCase[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO case_worklist AS c
       SELECT * FROM jsonb_populate_recordset(NULL::case_worklist, $1::jsonb)
       ON CONFLICT (case_id) DO UPDATE SET
         child_id = excluded.child_id, kommunenummer = excluded.kommunenummer, owning_unit = excluded.owning_unit,
         level = excluded.level, status = excluded.status,
         stafettholder_unit = excluded.stafettholder_unit, stafettholder_practitioner = excluded.stafettholder_practitioner,
         decision_due_on = excluded.decision_due_on, level_zero_decided = excluded.level_zero_decided,
         pending_handover_from_unit = excluded.pending_handover_from_unit,
         pending_handover_from_practitioner = excluded.pending_handover_from_practitioner,
         pending_handover_to_unit = excluded.pending_handover_to_unit,
         pending_handover_to_practitioner = excluded.pending_handover_to_practitioner,
         pending_handover_since = excluded.pending_handover_since,
         participating_units = excluded.participating_units, version = excluded.version, updated_at = excluded.updated_at`,
      [JSON.stringify(cases.map(toStored))],
    );
    const ids = cases.map((c) => c.caseId);
    await manager.query('DELETE FROM case_measure_evaluations WHERE case_id = ANY($1::text[])', [ids]);
    const measures = cases.flatMap((c) =>
      c.measures.map((m) => ({
        case_id: c.caseId,
        measure_id: m.measureId,
        owner_unit: m.ownerUnit,
        responsible_practitioner: m.responsiblePractitioner,
        pending_evaluations: m.pendingEvaluations,
        // The next planned evaluation; an ended measure takes none.
        next_evaluation_on: m.ended ? null : (m.pendingEvaluations[0] ?? null),
        ended: m.ended,
      })),
    );
    if (measures.length === 0) return;
    await manager.query(
      `INSERT INTO case_measure_evaluations
       SELECT * FROM jsonb_populate_recordset(NULL::case_measure_evaluations, $1::jsonb)`,
      [JSON.stringify(measures)],
    );
  }
}
