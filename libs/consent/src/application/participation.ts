import { caseRelationOf, lapsedParticipants, participationQuestionsFor, type CaseRelation, type ClosedCase, type ConsentDecision, type ConsentQuestion, type OpenCase } from '@stafett/concern';
import { coveringConsent, type NotCoveredReason } from '../domain/consent-evaluation';
import type { ConsentFacts } from '../domain/consent-vocabulary';

const REASONS: Record<NotCoveredReason, Extract<ConsentDecision, { covered: false }>['reason']> = {
  'no-consent': 'no-consent',
  'not-yet-valid': 'does-not-cover',
  expired: 'expired',
  withdrawn: 'withdrawn',
  'does-not-cover': 'does-not-cover',
  denied: 'does-not-cover',
};

/**
 * Whether the consents cover a service taking part in a BTI case (opening the log, joining, taking
 * the log over, and staying in the case afterwards). Taking part is coordination: the service must
 * be covered for category `coordination` and purpose `coordination` at the instant asked. One rule,
 * used by the case's commands and by every read that asks whether a participant still takes part.
 */
export function participationAnswer(consents: readonly ConsentFacts[], question: ConsentQuestion): ConsentDecision {
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

/**
 * A viewer's relation to a case, with every unit that joined on a consent judged against the child's
 * consents at `at`: a unit no consent covers any longer has lapsed. Used by the reads (disclosure)
 * and by the consent commands (who may record), so both apply one rule.
 */
export function caseRelationNow(
  onRecord: { readonly state: OpenCase | ClosedCase; readonly events: readonly { readonly type: string; readonly data: unknown }[] },
  viewer: { readonly unitId: string; readonly practitionerId: string },
  consents: readonly ConsentFacts[],
  at: string,
): CaseRelation | undefined {
  const answers = participationQuestionsFor(onRecord.state, at).map((question) => participationAnswer(consents, question));
  return caseRelationOf(onRecord.state, onRecord.events, viewer, lapsedParticipants(onRecord.state, answers));
}
