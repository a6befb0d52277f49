import { uuidFrom } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@stafett/auth';

/** Who asks (from the verified token), the request id, and the client's optional Idempotency-Key. */
export interface ConsentCaller {
  readonly principal: Principal;
  readonly correlationId?: string;
  readonly idempotencyKey?: string;
}

/** The server's clock: a consent's `recordedAt` and a withdrawal's instant are never the client's. */
export interface ConsentClock {
  now(): Date;
}

export const CONSENT_CLOCK = Symbol('CONSENT_CLOCK');
export const CONSENT_RULES = Symbol('CONSENT_RULES');

export const systemConsentClock: ConsentClock = { now: () => new Date() };

/** Derived from the Idempotency-Key when there is one, so that a retry names the same thing. */
export function idFor(caller: ConsentCaller, kind: string, index = 0): string {
  return caller.idempotencyKey ? uuidFrom(`consent:${kind}:${caller.principal.practitionerId}:${caller.idempotencyKey}:${index}`) : randomUUID();
}

export function eventMetadata(caller: ConsentCaller, childId: string, now: Date) {
  return {
    childId,
    actorUserId: caller.principal.practitionerId,
    actorServiceId: caller.principal.unitId,
    correlationId: caller.correlationId ?? randomUUID(),
    occurredAt: now.toISOString(),
  };
}
