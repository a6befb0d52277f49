import type { IsoTimestamp, ServiceRef } from './concern.values';

/**
 * Why a consent is asked for (domain.md section 4: separate consent when a new service joins and
 * when another service takes over the log).
 */
export type ConsentPurpose = 'open-stafettlogg' | 'join-case' | 'take-over-stafettlogg';

/** Does a consent in force cover this service, for this child and purpose, at this instant? */
export interface ConsentQuestion {
  readonly childId: string;
  readonly service: ServiceRef;
  readonly purpose: ConsentPurpose;
  readonly at: IsoTimestamp;
}

export type ConsentDecision =
  | { readonly covered: true; readonly consentId: string; readonly question: ConsentQuestion }
  | {
      readonly covered: false;
      readonly question: ConsentQuestion;
      readonly reason: 'no-consent-registry' | 'no-consent' | 'expired' | 'withdrawn' | 'does-not-cover';
    };

/**
 * The port the application asks before deciding; `decide` stays pure and gets the answer as data
 * (ConcernDecisionContext.consent). The decider fails closed: a missing answer, a negative one, or an
 * answer to another child, service or purpose than the command needs all refuse the command.
 */
export interface ConsentCheck {
  coversService(question: ConsentQuestion): Promise<ConsentDecision>;
  /** Several questions about one child at once (the consents are read once), answered in order. */
  coversServices(questions: readonly ConsentQuestion[]): Promise<ConsentDecision[]>;
}

/** True only for a positive answer to exactly this question (the instant aside: the application asks at the command's time). */
export function consentCovers(decision: ConsentDecision | undefined, needed: Omit<ConsentQuestion, 'at'>): decision is Extract<ConsentDecision, { covered: true }> {
  return (
    decision !== undefined &&
    decision.covered === true &&
    typeof decision.consentId === 'string' &&
    decision.consentId !== '' &&
    decision.question.childId === needed.childId &&
    decision.question.service.unitId === needed.service.unitId &&
    decision.question.purpose === needed.purpose
  );
}
