import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { concernStreamId, type ConcernEvent } from '../../domain/concern.events';
import { evolveConcern, initialConcernState, type ClosedCase, type OpenCase } from '../../domain/concern.state';

/** A case as its own stream tells it now: the state and the events' structure (texts stay sealed). */
export interface CaseOnRecord {
  readonly state: OpenCase | ClosedCase;
  readonly events: readonly { readonly type: string; readonly data: unknown }[];
}

/**
 * The BTI cases of a child a unit is in (owner, participant, stafettholder's unit, or offered the
 * baton), for the checks of who may read and who may write about the child. Which cases to look at
 * comes from the case worklist (eventually consistent: a brand-new case counts once projected, which
 * fails closed); what each says comes from its own stream, read now, never decrypted.
 */
@Injectable()
export class ChildCasesReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async casesOf(childId: string, unitId: string): Promise<CaseOnRecord[]> {
    const rows: Array<{ case_id: string }> = await this.dataSource.query(
      `SELECT case_id FROM case_worklist
        WHERE lower(child_id) = $1
          AND (owning_unit = $2 OR participating_units @> ARRAY[$2]::text[] OR stafettholder_unit = $2 OR pending_handover_to_unit = $2)
        ORDER BY case_id`,
      [childId.toLowerCase(), unitId],
    );
    const cases: CaseOnRecord[] = [];
    for (const { case_id: caseId } of rows) {
      const onRecord = await this.caseOnRecord(caseId);
      // The stream is the authority: a case of another child gives nothing.
      if (onRecord && onRecord.state.childId.toLowerCase() === childId.toLowerCase()) cases.push(onRecord);
    }
    return cases;
  }

  /**
   * The open cases a practitioner holds the baton in, with their children (ids only): the
   * stafettholder's worklists in other contexts ask here instead of reading concern's tables.
   */
  async openCasesHeldBy(practitionerId: string): Promise<Array<{ readonly caseId: string; readonly childId: string }>> {
    const rows: Array<{ case_id: string; child_id: string }> = await this.dataSource.query(
      `SELECT case_id, lower(child_id) AS child_id FROM case_worklist WHERE stafettholder_practitioner = $1 AND status = 'open' ORDER BY case_id`,
      [practitionerId],
    );
    return rows.map((row) => ({ caseId: row.case_id, childId: row.child_id }));
  }

  /** The case as its stream tells it now, or undefined for an unknown case. */
  async caseOnRecord(caseId: string): Promise<CaseOnRecord | undefined> {
    const recorded = await this.store.readStream(concernStreamId(caseId));
    const events = recorded.map((e) => ({ type: e.type, data: e.data }));
    const state = events.reduce((s, e) => evolveConcern(s, e as ConcernEvent), initialConcernState());
    return state.status === 'unregistered' ? undefined : { state, events };
  }
}
