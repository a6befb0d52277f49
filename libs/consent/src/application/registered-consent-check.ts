import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import type { ConsentCheck, ConsentDecision, ConsentQuestion } from '../../../concern/src/domain/consent-check.port';
import { coveringConsent, type NotCoveredReason } from '../domain/consent-evaluation';
import { ConsentLedger } from './consent-ledger';

const REASONS: Record<NotCoveredReason, Extract<ConsentDecision, { covered: false }>['reason']> = {
  'no-consent': 'no-consent',
  'not-yet-valid': 'does-not-cover',
  expired: 'expired',
  withdrawn: 'withdrawn',
  'does-not-cover': 'does-not-cover',
  denied: 'does-not-cover',
};

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
    const consents = await this.ledger.consentsFor(question.childId);
    const coverage = coveringConsent(consents, {
      childId: question.childId,
      unitId: question.service.unitId,
      serviceType: question.service.serviceType,
      category: 'coordination',
      purpose: 'coordination',
      at: question.at,
    });
    return coverage.covered ? { covered: true, consentId: coverage.consentId, question } : { covered: false, question, reason: REASONS[coverage.reason] };
  }
}
