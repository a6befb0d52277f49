import type { AccessPurpose, ConsentFacts, TimelineEntryFacts, Viewer, VisibilityDecision } from '../timeline-entry';

/**
 * The confidentiality policy (architecture principle 2): pure, one entry at one moment. `at` is an
 * ISO 8601 timestamp, like every time in the shared contract.
 */
export type VisibilityPolicy = (viewer: Viewer, entry: TimelineEntryFacts, consents: readonly ConsentFacts[], at: string, purpose: AccessPurpose) => VisibilityDecision;

/** Bound to `decideVisibility` (libs/access/src/policy) by whoever composes the application. */
export const VISIBILITY_POLICY = Symbol('VISIBILITY_POLICY');

/** The server's clock for reads: the moment the consents are judged at and the read is logged. */
export interface AccessClock {
  now(): Date;
}

export const ACCESS_CLOCK = Symbol('ACCESS_CLOCK');

export const systemAccessClock: AccessClock = { now: () => new Date() };

/**
 * Until the policy module is bound: the viewer's own unit sees its own entries, everything else is
 * hidden. Deliberately stricter than the real policy will be; never a permissive default.
 */
export const ownUnitOnlyPolicy: VisibilityPolicy = (viewer, entry) =>
  entry.ownerUnitId === viewer.unitId
    ? { visibility: 'shown', basis: { kind: 'own-service' }, rule: 'fallback-own-unit' }
    : { visibility: 'hidden', basis: { kind: 'none' }, rule: 'fallback-hidden' };
