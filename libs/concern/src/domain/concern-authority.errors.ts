import { DomainError } from '@stafett/kernel';

// Refusals of authority (issue 10 item 3). The API maps names ending in ForbiddenError to 403; the
// stafettholder's prerogatives stay 409 (NotStafettholderError), as a refused transition of the case.

/** What only the stafettholder (or, where configuration says so, the owning unit's leader) may do. */
export type CoordinatorAction = 'handover' | 'level' | 'close' | 'reopen' | 'participants' | 'stafettlogg';

const COORDINATOR_MESSAGES: Record<CoordinatorAction, string> = {
  handover: 'Bare stafettholderen kan overlevere stafetten.',
  level: 'Bare stafettholderen kan endre nivået i saken.',
  close: 'Bare stafettholderen kan avslutte saken.',
  reopen: 'Bare stafettholderen kan gjenåpne saken.',
  participants: 'Bare stafettholderen kan ta nye tjenester inn i saken.',
  stafettlogg: 'Bare stafettholderen kan åpne stafettloggen.',
};

export class NotStafettholderError extends DomainError {
  override readonly name = 'NotStafettholderError';
  readonly code = 'not-stafettholder';
  constructor(
    readonly caseId: string,
    readonly action: CoordinatorAction = 'handover',
  ) {
    super(`Case ${caseId}: only the stafettholder may do this (${action})`, COORDINATOR_MESSAGES[action]);
  }
}

/** A unit acts only in its own name: a measure it does not own, or someone else's measure. */
export class NotOwnUnitForbiddenError extends DomainError {
  override readonly name = 'NotOwnUnitForbiddenError';
  readonly code = 'not-own-unit';
  constructor(
    readonly caseId: string,
    readonly unitId: string,
    what: 'measure-owner' | 'responsible' | 'measure',
  ) {
    super(
      `Case ${caseId}: unit ${unitId} may not act in another unit's name (${what})`,
      what === 'measure-owner'
        ? 'Du kan bare registrere tiltak som din egen enhet eier.'
        : what === 'responsible'
          ? 'Den ansvarlige for tiltaket må høre til din egen enhet.'
          : 'Bare enheten som eier tiltaket, kan evaluere eller avslutte det.',
    );
  }
}

/**
 * The unit joined the case on the family's consent, and no consent in force covers it any longer
 * (withdrawn or expired): it may read its own entries, but write nothing until a new consent is given.
 */
export class ParticipationLapsedForbiddenError extends DomainError {
  override readonly name = 'ParticipationLapsedForbiddenError';
  readonly code = 'participation-lapsed';
  constructor(
    readonly caseId: string,
    readonly unitId: string,
  ) {
    super(
      `Case ${caseId}: the consent unit ${unitId} joined on is withdrawn or expired`,
      'Samtykket som lot tjenesten din delta i saken, er trukket tilbake eller utløpt. Tjenesten kan ikke registrere noe i saken før de foresatte har gitt nytt samtykke.',
    );
  }
}

/** Acts at level 0, before anyone holds the baton: the unit that registered the concern decides. */
export class NotOwningUnitError extends DomainError {
  override readonly name = 'NotOwningUnitError';
  readonly code = 'not-owning-unit';
  constructor(readonly caseId: string) {
    super(`Case ${caseId}: only the owning unit acts before a stafettholder is appointed`, 'Før saken har en stafettholder, er det enheten som registrerte undringen, som tar beslutningene.');
  }
}
