/**
 * The shared vocabulary of the confidentiality policy (issue 5). Fixed here first so the consent,
 * policy and timeline parts can be built in parallel against one contract.
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

/** Confidentiality family of a service type (libs/organisation/src/config/service-types.ts). */
export type ConfidentialityFamily = 'education' | 'health' | 'nav' | 'police' | 'child-welfare' | 'other';

/** Why the viewer asks; a request without one is refused. */
export type AccessPurpose = 'coordination' | 'follow-up' | 'registration' | 'statistics';

/** The facts the policy needs about one entry: never its content. */
export interface TimelineEntryFacts {
  readonly entryId: string;
  readonly childId: string;
  /** The BTI case or report it belongs to, if any. */
  readonly caseId?: string;
  readonly category: InformationCategory;
  readonly ownerUnitId: string;
  readonly ownerServiceType: string;
  readonly ownerFamily: ConfidentialityFamily;
  /** ISO timestamp. */
  readonly occurredAt: string;
  /** For statutory feedback: the reporter's unit, the only one that may see it. */
  readonly statutoryRecipientUnitId?: string;
  /**
   * The recording unit marked the entry as sensitive to an investigation. Honoured for police
   * entries (politiregisterloven § 23 second paragraph): no consent releases it, only the police.
   */
  readonly investigationSensitive?: boolean;
}

/** Who is looking, and how they relate to the child and the entry's case. */
export interface Viewer {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly serviceType: string;
  readonly family: ConfidentialityFamily;
  readonly roles: readonly string[];
  /** Cases of this child in which the viewer's unit takes part (owner, participant, holder's unit). */
  readonly participatingCaseIds: readonly string[];
  /**
   * Cases the viewer personally works on (tjenstlig behov in the case): holds the baton, is the
   * proposed receiver, registered the case, wrote in it, or is responsible for a measure in it.
   */
  readonly personalCaseIds: readonly string[];
  /** The viewer personally is assigned to the child in their unit (tjenstlig behov). */
  readonly assignedToChild: boolean;
}

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

export type Visibility = 'shown' | 'redacted' | 'hidden';

export type LegalBasis =
  | { readonly kind: 'own-service' }
  | { readonly kind: 'consent'; readonly consentId: string }
  | { readonly kind: 'statutory'; readonly rule: string }
  | { readonly kind: 'anonymised' }
  | { readonly kind: 'none' };

export interface VisibilityDecision {
  readonly visibility: Visibility;
  readonly basis: LegalBasis;
  /** The id of the rule that decided (see docs/confidentiality.md). */
  readonly rule: string;
}
