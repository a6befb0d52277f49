import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ChildCasesReader, type CaseOnRecord, type CaseRelation } from '@stafett/concern';
import { caseRelationNow, ConsentLedger, granteeMatches, timingOf } from '@stafett/consent';
import { isUuid, osloTimestamp } from '@stafett/kernel';
import { childDecider, childStreamId, type ChildEvent } from '@stafett/organisation';
import type { ConsentFacts } from '../../domain/timeline-entry';
import type { ChildRelation } from './child-relation';

/** What a child-facing read needs to know before it decides anything. */
export interface ChildContext {
  readonly relation: ChildRelation;
  /** Every consent recorded for the child, as it stands now (the policy judges each at the moment). */
  readonly consents: readonly ConsentFacts[];
}

/**
 * Works out how a caller relates to a named child, for every child-facing read (the disclosure
 * module's first step): the child's cases the caller's unit is in (ChildCasesReader), whether each
 * participant's consent still covers it (the consent streams, read now), and reports about the child.
 */
@Injectable()
export class ChildRelations {
  private readonly ledger: ConsentLedger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly cases: ChildCasesReader,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  /** The caller's relation to the child, or undefined when the id names no registered child. */
  async of(principal: Principal, childId: string, at: Date): Promise<ChildContext | undefined> {
    if (!isUuid(childId)) return undefined;
    const id = childId.toLowerCase();
    const events = await this.store.readStream(childStreamId(id));
    const child = events.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());
    if (child.status !== 'registered') return undefined;
    const consents = await this.ledger.consentsFor(id);
    const iso = at.toISOString();
    const [cases, reports] = await Promise.all([this.caseRelations(principal, id, consents, iso), this.reportRelations(principal.unitId, id)]);
    // timingOf reads the calendar day from the text: give it the Norwegian local time.
    const osloNow = osloTimestamp(at);
    const namedByConsent = consents.some((c) => c.decision === 'permit' && timingOf(c, osloNow) === 'in-force' && granteeMatches(c, principal.unitId, principal.serviceType));
    return { relation: { childId: id, homeMunicipality: child.homeMunicipality, cases, ...reports, namedByConsent }, consents };
  }

  /** Every consent recorded for the child, as it stands now. */
  consentsOf(childId: string): Promise<ConsentFacts[]> {
    return this.ledger.consentsFor(childId);
  }

  /** The viewer's relation to one case, with its participants judged against the consents at `at`. */
  caseRelation(principal: Principal, onRecord: CaseOnRecord, consents: readonly ConsentFacts[], at: string): CaseRelation | undefined {
    return caseRelationNow(onRecord, principal, consents, at);
  }

  private async caseRelations(principal: Principal, childId: string, consents: readonly ConsentFacts[], at: string): Promise<CaseRelation[]> {
    const cases = await this.cases.casesOf(childId, principal.unitId);
    return cases.flatMap((onRecord) => this.caseRelation(principal, onRecord, consents, at) ?? []);
  }

  /** Reports about the child the unit received as child welfare, or is owed feedback on as the reporter. */
  private async reportRelations(unitId: string, childId: string): Promise<Pick<ChildRelation, 'childWelfareReport' | 'reportFeedback'>> {
    const [row]: Array<{ received: boolean | null; feedback: boolean | null }> = await this.dataSource.query(
      `SELECT bool_or(owner_unit_id = $2) AS received, bool_or(statutory_recipient_unit_id = $2) AS feedback
         FROM child_timeline WHERE child_id = $1::uuid AND stream_id LIKE 'report-%'`,
      [childId, unitId],
    );
    return { childWelfareReport: row?.received === true, reportFeedback: row?.feedback === true };
  }
}
