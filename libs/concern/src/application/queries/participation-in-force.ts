import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, osloTimestamp, type Clock } from '@stafett/kernel';
import { participationQuestionsFor } from '../../domain/concern.context';
import type { ConsentCheck } from '../../domain/consent-check.port';
import { ChildCasesReader } from '../../read-models/child-cases/child-cases.reader';
import { CONSENT_CHECK } from '../concern.tokens';

/**
 * Whether a unit still takes part in cases on the family's consent (issue 10 item 3): a unit that joined
 * on a consent that is withdrawn or expired leaves its worklists. Judged now, from each case's stream
 * and the consent register's answer.
 */
@Injectable()
export class ParticipationInForce {
  constructor(
    private readonly cases: ChildCasesReader,
    @Inject(CONSENT_CHECK) private readonly consent: ConsentCheck,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The items of a unit's worklist, without the cases in which the unit has lapsed. Only cases the unit
   * does not own are looked at: the owning unit joined on nobody's consent and never lapses.
   */
  async inForceOnly<T extends { readonly caseId: string; readonly owningUnit: string }>(unitId: string, items: readonly T[]): Promise<T[]> {
    const at = osloTimestamp(this.clock.now());
    const lapsed = new Set<string>();
    for (const item of items.filter((candidate) => candidate.owningUnit !== unitId)) {
      const onRecord = await this.cases.caseOnRecord(item.caseId);
      if (!onRecord) continue;
      const answers = await this.consent.coversServices(participationQuestionsFor(onRecord.state, at).filter((question) => question.service.unitId === unitId));
      if (answers.some((answer) => !answer.covered)) lapsed.add(onRecord.state.caseId);
    }
    return items.filter((item) => !lapsed.has(item.caseId));
  }
}
