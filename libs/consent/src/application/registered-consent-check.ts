import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import type { ConsentCheck, ConsentDecision, ConsentQuestion } from '@stafett/concern';
import type { ConsentFacts } from '../domain/consent-vocabulary';
import { ConsentLedger } from './consent-ledger';
import { participationAnswer } from './participation';

/**
 * The BTI case's consent port, answered from the recorded consents at the instant asked. Opening the
 * log, joining a case and taking the log over are all coordination: the asking service must be
 * covered for category `coordination` and purpose `coordination`.
 *
 * Depends only on global providers (the event store and the DataSource), so ConcernModule can bind
 * it without importing the consent module. Exactness: see ConsentLedger (withdrawals count at once).
 */
@Injectable()
export class RegisteredConsentCheck implements ConsentCheck {
  private readonly ledger: ConsentLedger;

  constructor(@Inject(EVENT_STORE) store: EventStore, dataSource: DataSource) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  async coversService(question: ConsentQuestion): Promise<ConsentDecision> {
    return participationAnswer(await this.ledger.consentsFor(question.childId), question);
  }

  async coversServices(questions: readonly ConsentQuestion[]): Promise<ConsentDecision[]> {
    const byChild = new Map<string, Promise<ConsentFacts[]>>();
    const consentsOf = (childId: string): Promise<ConsentFacts[]> => {
      if (!byChild.has(childId)) byChild.set(childId, this.ledger.consentsFor(childId));
      return byChild.get(childId) as Promise<ConsentFacts[]>;
    };
    return Promise.all(questions.map(async (question) => participationAnswer(await consentsOf(question.childId), question)));
  }
}
