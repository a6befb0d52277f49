/**
 * What a consent speaks of: categories of information and purposes of access, and a consent's facts as
 * the confidentiality policy (libs/access) judges them. Kept here, below the policy, because a consent
 * is recorded and evaluated in these terms; the policy imports them from `@stafett/consent`.
 */

/** What kind of information a timeline entry holds. Configuration may add categories. */
export type InformationCategory =
  | 'coordination' // level, stafettholder, next meeting, which services take part
  | 'observation' // what was seen or heard (undring), the necessary conversation
  | 'measure'
  | 'meeting'
  | 'agreement'
  | 'positive-observation' // lysglimt: what went well for the child (stafettlogg)
  | 'health'
  | 'nav'
  | 'police'
  | 'child-welfare-case' // never leaves child welfare
  | 'child-welfare-feedback'; // statutory feedback to a reporter's unit

/** Why the viewer asks; a request without one is refused. */
export type AccessPurpose = 'coordination' | 'follow-up' | 'registration' | 'statistics';

/** One consent as the policy sees it (FHIR Consent R5 shape, simplified). */
export interface ConsentFacts {
  readonly consentId: string;
  readonly childId: string;
  readonly decision: 'permit' | 'deny';
  /** ISO dates, half-open [from, to). */
  readonly period: { readonly from: string; readonly to?: string };
  /** ISO timestamp of withdrawal: nothing is covered from that moment. */
  readonly withdrawnAt?: string;
  readonly grantees: ReadonlyArray<{ readonly unitId?: string; readonly serviceType?: string }>;
  readonly provision: ConsentProvision;
}

/** A provision; each nested provision is an exception to (reverses) the one above it. */
export interface ConsentProvision {
  /** Empty or absent: every category. */
  readonly categories?: readonly InformationCategory[];
  /** Empty or absent: every purpose. */
  readonly purposes?: readonly AccessPurpose[];
  readonly exceptions?: readonly ConsentProvision[];
}

// Records keyed by the unions: adding a member above without adding it here is a compile error, so
// the runtime lists used to validate commands and configuration cannot drift.
const CATEGORIES: Record<InformationCategory, true> = {
  coordination: true,
  observation: true,
  measure: true,
  meeting: true,
  agreement: true,
  'positive-observation': true,
  health: true,
  nav: true,
  police: true,
  'child-welfare-case': true,
  'child-welfare-feedback': true,
};
const PURPOSES: Record<AccessPurpose, true> = { coordination: true, 'follow-up': true, registration: true, statistics: true };

export const INFORMATION_CATEGORIES = Object.keys(CATEGORIES) as readonly InformationCategory[];
export const ACCESS_PURPOSES = Object.keys(PURPOSES) as readonly AccessPurpose[];

export const isInformationCategory = (value: unknown): value is InformationCategory => typeof value === 'string' && Object.hasOwn(CATEGORIES, value);
export const isAccessPurpose = (value: unknown): value is AccessPurpose => typeof value === 'string' && Object.hasOwn(PURPOSES, value);
