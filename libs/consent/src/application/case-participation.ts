import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ChildCasesReader, participationQuestionsFor, type ConsentDecision } from '@stafett/concern';
import { CLOCK, osloTimestamp, type Clock } from '@stafett/kernel';
import type { ConsentFacts } from '../domain/consent-vocabulary';
import { ConsentLedger } from './consent-ledger';
import { participationAnswer } from './participation';

/** A service in a case whose joining consent no longer covers it: the group must act (a new consent, or the service leaves). */
export interface LapsedParticipantItem {
  readonly caseId: string;
  readonly childId: string;
  readonly unitId: string;
  readonly serviceType: string;
  /** Why no consent covers it now. */
  readonly reason: Extract<ConsentDecision, { covered: false }>['reason'];
}

/**
 * Whether units in a case still take part on the family's consent (issue 10 item 3): a unit that
 * joined on a consent that is withdrawn or expired sees only its own entries and writes nothing, and
 * the stafettholder's worklist shows it. Judged now, from the consent streams.
 */
@Injectable()
export class CaseParticipation {
  private readonly ledger: ConsentLedger;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    private readonly cases: ChildCasesReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  /**
   * The items of a unit's worklist, without the cases in which the unit has lapsed. Only cases the unit
   * does not own are looked at: the owning unit joined on nobody's consent and never lapses.
   */
  async inForceOnly<T extends { readonly caseId: string; readonly owningUnit: string }>(unitId: string, items: readonly T[]): Promise<T[]> {
    const joined = items.filter((item) => item.owningUnit !== unitId).map((item) => item.caseId);
    const lapsed = new Set((await this.lapsedIn(joined)).filter((item) => item.unitId === unitId).map((item) => item.caseId));
    return items.filter((item) => !lapsed.has(item.caseId));
  }

  /**
   * The stafettholder's worklist: in the open cases they hold, every service whose joining consent has
   * lapsed. Judged now from each case's stream and the child's consents, so it is exact at once.
   * TODO(lapse-projection): a read model of joining consents and their end dates when stafettholders
   * hold hundreds of cases; a holder with tens reads them in milliseconds.
   */
  async forStafettholder(practitionerId: string): Promise<LapsedParticipantItem[]> {
    return this.lapsedIn((await this.cases.openCasesHeldBy(practitionerId)).map((held) => held.caseId));
  }

  private async lapsedIn(caseIds: readonly string[]): Promise<LapsedParticipantItem[]> {
    const at = osloTimestamp(this.clock.now());
    const consentsByChild = new Map<string, ConsentFacts[]>();
    const items: LapsedParticipantItem[] = [];
    for (const caseId of caseIds) {
      const onRecord = await this.cases.caseOnRecord(caseId);
      if (!onRecord) continue;
      const childId = onRecord.state.childId.toLowerCase();
      if (!consentsByChild.has(childId)) consentsByChild.set(childId, await this.ledger.consentsFor(childId));
      const consents = consentsByChild.get(childId) as ConsentFacts[];
      for (const question of participationQuestionsFor(onRecord.state, at)) {
        const answer = participationAnswer(consents, question);
        if (!answer.covered) items.push({ caseId: onRecord.state.caseId, childId, unitId: question.service.unitId, serviceType: question.service.serviceType, reason: answer.reason });
      }
    }
    return items;
  }
}
