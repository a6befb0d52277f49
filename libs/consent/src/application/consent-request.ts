import { uuidFrom, type Caller } from '@stafett/kernel';
import type { ConsentRecorder } from '../domain/consent.values';

/** Who asks (from the verified token), the request id, and the client's optional Idempotency-Key. */
export type ConsentCaller = Caller;

/** The consent rules in force (ConsentRules); per-municipality configuration later. */
export const CONSENT_RULES = Symbol('CONSENT_RULES');

/**
 * The ids of the events a request appends, derived from its Idempotency-Key so that a retry finds
 * them stored and appends nothing; without a key, the store's random ids.
 */
export function consentEventIds(caller: Caller, scope: string): ((index: number) => string) | undefined {
  const key = caller.idempotencyKey;
  return key ? (index) => uuidFrom(`consent:${scope}:${caller.principal.practitionerId}:${key}:${index}`) : undefined;
}

/** What every consent event carries besides its data: who, for which child, when. */
export function consentMetadata(caller: Caller, childId: string, now: Date) {
  return { childId, actorUserId: caller.principal.practitionerId, actorServiceId: caller.principal.unitId, correlationId: caller.correlationId, occurredAt: now.toISOString() };
}

export function recorderOf(caller: Caller): ConsentRecorder {
  const { practitionerId, unitId, serviceType } = caller.principal;
  return { practitionerId, unitId, serviceType };
}
