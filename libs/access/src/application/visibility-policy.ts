import type { AccessPurpose, ConsentFacts, TimelineEntryFacts, Viewer, VisibilityDecision } from '../domain/timeline-entry';

/**
 * The confidentiality policy (architecture principle 2): pure, one entry at one moment. `at` is an
 * ISO 8601 timestamp, like every time in the shared contract.
 */
export type VisibilityPolicy = (viewer: Viewer, entry: TimelineEntryFacts, consents: readonly ConsentFacts[], at: string, purpose: AccessPurpose) => VisibilityDecision;

/** Bound to `decideVisibility` (domain/policy) by the access module. */
export const VISIBILITY_POLICY = Symbol('VISIBILITY_POLICY');
