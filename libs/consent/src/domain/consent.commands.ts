import type { ConsentProvision } from './consent-vocabulary';
import type { ConsentForm, ConsentRecorder, GrantorRef, Grantee } from './consent.values';

/** Records a consent the guardians (and the child, when old enough) have given. */
export interface RecordConsent {
  readonly type: 'RecordConsent';
  readonly consentId: string;
  readonly childId: string;
  readonly grantors: readonly GrantorRef[];
  /** Why a required party does not grant; must be one of ConsentRules.acceptedMissingPartyReasons. */
  readonly missingPartyReason?: string;
  readonly grantees: readonly Grantee[];
  readonly decision: 'permit' | 'deny';
  /** ISO dates, half-open [from, to): the consent expires at the start of `to`. */
  readonly period: { readonly from: string; readonly to?: string };
  readonly provision: ConsentProvision;
  readonly form: ConsentForm;
  readonly actor: ConsentRecorder;
  /** The server's instant (ISO with offset). */
  readonly at: string;
}

/** Who withdraws: a grantor themselves, or a practitioner recording a grantor's withdrawal. */
export type WithdrawnBy =
  | { readonly kind: 'grantor'; readonly grantor: GrantorRef }
  | { readonly kind: 'practitioner'; readonly onBehalfOf: GrantorRef };

/** Withdraws a consent, effective at `at`: nothing is covered from that moment. */
export interface WithdrawConsent {
  readonly type: 'WithdrawConsent';
  readonly consentId: string;
  readonly withdrawnBy: WithdrawnBy;
  readonly actor: ConsentRecorder;
  readonly at: string;
}

export type ConsentCommand = RecordConsent | WithdrawConsent;
