import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem } from '@stafett/auth';
import { EVENT_STORE, type EventStore, type NewEvent } from '@stafett/event-store';
import { CHILD_ACCESS_PURPOSES, childAccessStreamId, isChildAccessPurpose } from '../../../organisation/src/application/children/child-access';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { InvalidCommandError } from '../../../organisation/src/domain/domain-error';
import { ConcernCaseStore } from './concern-case.store';
import type { ConcernCaseRead } from './concern-case-read.event';
import { toConcernCaseView, type ConcernCaseView } from './concern-case.view';
import { mayTakePartIn } from './concern-participation';
import { CONCERN_CLOCK, type ConcernActor, type ConcernClock } from './concern-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads one case, texts in clear, for a unit taking part in it. An unknown case and one the caller's
 * unit has no part in give the same 403. The read is recorded in the child's access log (who, which
 * unit, why, which case) before anything is handed out: if recording fails, nothing is shown.
 */
@Injectable()
export class ReadConcernHandler {
  constructor(
    private readonly cases: ConcernCaseStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONCERN_CLOCK) private readonly clock: ConcernClock,
  ) {}

  async execute(caseId: string, purpose: string, actor: ConcernActor): Promise<ConcernCaseView> {
    if (!isChildAccessPurpose(purpose)) {
      throw new InvalidCommandError('ReadConcern', [
        { field: 'purpose', message: `purpose must be one of ${CHILD_ACCESS_PURPOSES.join(', ')}`, userMessage: `Oppgi formålet: ${CHILD_ACCESS_PURPOSES.join(', ')}.` },
      ]);
    }
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('case unknown, or the unit does not take part in it');
    if (!UUID.test(caseId)) throw refusal();
    const { principal } = actor;
    const loaded = await this.cases.load(caseId.toLowerCase());
    const { state } = loaded;
    if (state.status === 'unregistered' || !mayTakePartIn(state, principal.unitId)) throw refusal();
    if (loaded.erased) throw new ChildPersonalDataErasedError(state.childId);

    const now = this.clock.now();
    const read: ConcernCaseRead = {
      type: 'ConcernCaseRead',
      data: { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose, caseId: state.caseId },
    };
    const event: NewEvent = {
      id: randomUUID(),
      ...read,
      metadata: {
        childId: state.childId,
        actorUserId: principal.practitionerId,
        actorServiceId: principal.unitId,
        correlationId: actor.correlationId ?? randomUUID(),
        occurredAt: now.toISOString(),
      },
    };
    await this.store.append(childAccessStreamId(state.childId), [event], 'any');
    return toConcernCaseView(state, loaded.events, loaded.recorded);
  }
}
