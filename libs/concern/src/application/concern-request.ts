import { idFor, type Principal } from '@stafett/kernel';

/** Who asks (from the verified token, never from the body), and how to tie the resulting events together. */
export interface ConcernActor {
  readonly principal: Principal;
  /** The request id; a new UUID when absent. */
  readonly correlationId?: string;
}

/**
 * An id for something the request creates (case, goal, measure, meeting, agreement): derived from the
 * Idempotency-Key when there is one, so a retried request names the same thing.
 */
export function newConcernId(principal: Principal, idempotencyKey: string | undefined, kind: string): string {
  return idFor(idempotencyKey, `concern-id:${kind}:${principal.practitionerId}`);
}

// Transitional (issue 12): libs/consent and libs/access import osloTimestamp from this path; it goes
// once they import it from '@stafett/kernel' (their own branches of the issue).
export { osloTimestamp } from '@stafett/kernel';
