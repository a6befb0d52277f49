import { refusalTable } from '@stafett/kernel';
import type { GrantorRef } from './consent.values';

const describeParty = (party: GrantorRef): string => (party.kind === 'child' ? 'barnet' : `foresatt nr. ${party.guardianIndex + 1}`);

/** Every refusal of the consent context: HTTP status, English for logs, Norwegian for users. */
export const consentRefusals = refusalTable('consent', {
  'consent-already-recorded': {
    status: 409,
    message: (p: { consentId: string }) => `Consent ${p.consentId} is already recorded`,
    userMessage: () => 'Samtykket er allerede registrert.',
  },
  'consent-not-found': {
    status: 404,
    message: (p: { consentId: string }) => `Consent ${p.consentId} does not exist`,
    userMessage: () => 'Samtykket finnes ikke.',
  },
  'consent-already-withdrawn': {
    status: 409,
    message: (p: { consentId: string }) => `Consent ${p.consentId} is already withdrawn`,
    userMessage: () => 'Samtykket er allerede trukket tilbake.',
  },
  'consent-party-missing': {
    status: 409,
    message: (p: { missing: readonly GrantorRef[] }) =>
      `Required consent parties missing: ${p.missing.map((party) => (party.kind === 'child' ? 'child' : `guardian ${party.guardianIndex}`)).join(', ')}`,
    userMessage: (p: { missing: readonly GrantorRef[] }) =>
      `Samtykket må gis av alle med foreldreansvar${p.missing.some((party) => party.kind === 'child') ? ' og av barnet' : ''}. Mangler: ${p.missing
        .map(describeParty)
        .join(', ')}. Oppgi en godkjent grunn dersom samtykket likevel skal registreres.`,
  },
  'not-case-coordinator': {
    status: 403,
    message: (p: { unitId: string; what: 'record' | 'withdraw' }) => `Unit ${p.unitId} may not ${p.what} a consent for this child`,
    userMessage: (p: { unitId: string; what: 'record' | 'withdraw' }) =>
      p.what === 'record'
        ? 'Bare enheten som eier saken om barnet, eller som har stafetten, kan registrere samtykke.'
        : 'Bare enheten som eier saken, har stafetten eller er nevnt i samtykket, kan registrere at det trekkes tilbake.',
  },
  'digital-consent-from-staff': {
    status: 403,
    message: () => 'A digital consent can only be given by a guardian in their own session',
    userMessage: () =>
      'Et digitalt samtykke kan bare gis av de foresatte selv, når de er logget inn. Registrer et samtykke gitt på papir eller i møte, med referanse.',
  },
  'health-service-only': {
    status: 403,
    message: () => 'Only a health service in one of the child’s cases records this',
    userMessage: () => 'Bare en helsetjeneste som følger opp barnet, kan registrere dette.',
  },
  'child-too-young': {
    status: 409,
    message: (p: { age: number }) => `The child is below the age for this (${p.age})`,
    userMessage: (p: { age: number }) => `Barnet kan be om dette selv fra ${p.age} år.`,
  },
});

export const ConsentAlreadyRecordedError = consentRefusals.kind('consent-already-recorded', (consentId: string) => ({ consentId }), 'ConsentAlreadyRecordedError');
export const ConsentNotFoundError = consentRefusals.kind('consent-not-found', (consentId: string) => ({ consentId }), 'ConsentNotFoundError');
export const ConsentAlreadyWithdrawnError = consentRefusals.kind('consent-already-withdrawn', (consentId: string) => ({ consentId }), 'ConsentAlreadyWithdrawnError');
/** A required party (a guardian with parental responsibility, or the child when old enough) does not grant. */
export const ConsentPartyMissingError = consentRefusals.kind('consent-party-missing', (missing: readonly GrantorRef[]) => ({ missing }), 'ConsentPartyMissingError');
/**
 * Only the unit that owns a case of the child or holds its baton records consents (issue 10 item 4),
 * and withdrawals too, besides a unit the consent names.
 */
export const ConsentRecorderForbiddenError = consentRefusals.kind('not-case-coordinator', (unitId: string, what: 'record' | 'withdraw') => ({ unitId, what }), 'ConsentRecorderForbiddenError');
/** A digital consent comes only from a guardian's own signed-in session, never from staff. */
export const DigitalConsentFromStaffForbiddenError = consentRefusals.kind('digital-consent-from-staff', () => ({}), 'DigitalConsentFromStaffForbiddenError');
export const HealthServiceOnlyForbiddenError = consentRefusals.kind('health-service-only', () => ({}), 'HealthServiceOnlyForbiddenError');
export const ChildTooYoungError = consentRefusals.kind('child-too-young', (age: number) => ({ age }), 'ChildTooYoungError');
