
/** One consent per stream. Consent ids are UUIDs chosen by the application. */
export const consentStreamId = (consentId: string): string => `consent-${consentId.toLowerCase()}`;

/**
 * A party who grants: a guardian by their position in the child's registration (never a name or a
 * national id), or the child itself once old enough (ConsentRules.childConsentAge).
 */
export type GrantorRef = { readonly kind: 'guardian'; readonly guardianIndex: number } | { readonly kind: 'child' };

/** A grantor as recorded: a guardian's parental responsibility is copied from the registration. */
export type RecordedGrantor =
  | { readonly kind: 'guardian'; readonly guardianIndex: number; readonly holdsParentalResponsibility: boolean }
  | { readonly kind: 'child' };

/** A receiving service: one unit, or every unit of a service type when no unit is named. */
export interface Grantee {
  readonly unitId?: string;
  readonly serviceType?: string;
}

/**
 * How the consent was given. Staff record consents given on paper or in a meeting (documented in its
 * minutes): who in the recording unit verified it, when, and the form's reference (an archive or
 * journal number). `digital` comes only from a guardian's own signed-in session (a later issue).
 */
export type ConsentForm =
  | { readonly kind: 'digital' }
  | { readonly kind: 'paper' | 'meeting'; readonly verifiedBy: string; readonly verifiedAt: string; readonly reference: string };

/** The practitioner who records something about a consent (from the verified token). */
export interface ConsentRecorder {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly serviceType: string;
}

/** Per-municipality consent rules (domain.md section 4: 15 or 16 in different guides). */
export interface ConsentRules {
  /** From this age (whole years) the child is a required party too. */
  readonly childConsentAge: number;
  /** Codes of the reasons a case may give for a missing required party. */
  readonly acceptedMissingPartyReasons: readonly string[];
  /** How many days before expiry a consent appears on the stafettholder's worklist. */
  readonly expiryWarningDays: number;
  /** From this age the child alone consents to sharing health information (pasient- og brukerrettighetsloven § 4-3). */
  readonly healthConsentAge: number;
  /** From this age the child may ask that health information is not given to the guardians (§ 3-4). */
  readonly guardianHealthRestrictionAge: number;
}

export const DEFAULT_CONSENT_RULES: ConsentRules = {
  childConsentAge: 15,
  acceptedMissingPartyReasons: ['guardian-unreachable', 'guardian-deceased', 'sole-decision-by-court'],
  expiryWarningDays: 30,
  healthConsentAge: 16,
  guardianHealthRestrictionAge: 12,
};

// The one vocabulary of categories and purposes, kept beside the confidentiality policy that uses it.
export { ACCESS_PURPOSES, INFORMATION_CATEGORIES, isAccessPurpose, isInformationCategory } from './consent-vocabulary';

/** Whole years of age on `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function sameGrantor(a: GrantorRef, b: GrantorRef): boolean {
  return a.kind === b.kind && (a.kind === 'child' || a.guardianIndex === (b as { guardianIndex: number }).guardianIndex);
}
