import { DomainError } from '@stafett/kernel';
import type { GrantorRef } from './consent.values';

export class ConsentAlreadyRecordedError extends DomainError {
  override readonly name = 'ConsentAlreadyRecordedError';
  readonly code = 'consent-already-recorded';

  constructor(readonly consentId: string) {
    super(`Consent ${consentId} is already recorded`, 'Samtykket er allerede registrert.');
  }
}

export class ConsentNotFoundError extends DomainError {
  override readonly name = 'ConsentNotFoundError';
  readonly code = 'consent-not-found';

  constructor(readonly consentId: string) {
    super(`Consent ${consentId} does not exist`, 'Samtykket finnes ikke.');
  }
}

export class ConsentAlreadyWithdrawnError extends DomainError {
  override readonly name = 'ConsentAlreadyWithdrawnError';
  readonly code = 'consent-already-withdrawn';

  constructor(readonly consentId: string) {
    super(`Consent ${consentId} is already withdrawn`, 'Samtykket er allerede trukket tilbake.');
  }
}

const describeParty = (party: GrantorRef): string => (party.kind === 'child' ? 'barnet' : `foresatt nr. ${party.guardianIndex + 1}`);

/** A required party (a guardian with parental responsibility, or the child when old enough) does not grant. */
export class ConsentPartyMissingError extends DomainError {
  override readonly name = 'ConsentPartyMissingError';
  readonly code = 'consent-party-missing';

  constructor(readonly missing: readonly GrantorRef[]) {
    super(
      `Required consent parties missing: ${missing.map((p) => (p.kind === 'child' ? 'child' : `guardian ${p.guardianIndex}`)).join(', ')}`,
      `Samtykket må gis av alle med foreldreansvar${missing.some((p) => p.kind === 'child') ? ' og av barnet' : ''}. Mangler: ${missing
        .map(describeParty)
        .join(', ')}. Oppgi en godkjent grunn dersom samtykket likevel skal registreres.`,
    );
  }
}

/**
 * Only the unit that owns a case of the child or holds its baton records consents (issue 10 item 4),
 * and withdrawals too, besides a unit the consent names. The API answers 403.
 */
export class ConsentRecorderForbiddenError extends DomainError {
  override readonly name = 'ConsentRecorderForbiddenError';
  readonly code = 'not-case-coordinator';

  constructor(readonly unitId: string, what: 'record' | 'withdraw') {
    super(
      `Unit ${unitId} may not ${what} a consent for this child`,
      what === 'record'
        ? 'Bare enheten som eier saken om barnet, eller som har stafetten, kan registrere samtykke.'
        : 'Bare enheten som eier saken, har stafetten eller er nevnt i samtykket, kan registrere at det trekkes tilbake.',
    );
  }
}

/** A digital consent comes only from a guardian's own signed-in session, never from staff. */
export class DigitalConsentFromStaffForbiddenError extends DomainError {
  override readonly name = 'DigitalConsentFromStaffForbiddenError';
  readonly code = 'digital-consent-from-staff';

  constructor() {
    super(
      'A digital consent can only be given by a guardian in their own session',
      'Et digitalt samtykke kan bare gis av de foresatte selv, når de er logget inn. Registrer et samtykke gitt på papir eller i møte, med referanse.',
    );
  }
}
