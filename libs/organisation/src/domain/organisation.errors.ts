import { DomainError } from '@stafett/kernel';

// Messages name ids and municipality numbers only; practitioner names are personal data and stay out.

export class MunicipalityAlreadyRegisteredError extends DomainError {
  override readonly name = 'MunicipalityAlreadyRegisteredError';
  readonly code = 'municipality-already-registered';
  constructor(readonly kommunenummer: string) {
    super(`Municipality ${kommunenummer} is already registered`, `Kommune ${kommunenummer} er allerede registrert.`);
  }
}

export class MunicipalityNotFoundError extends DomainError {
  override readonly name = 'MunicipalityNotFoundError';
  readonly code = 'municipality-not-found';
  constructor(readonly kommunenummer: string) {
    super(`Municipality ${kommunenummer} is not registered`, `Kommune ${kommunenummer} er ikke registrert.`);
  }
}

export class ServiceUnitAlreadyRegisteredError extends DomainError {
  override readonly name = 'ServiceUnitAlreadyRegisteredError';
  readonly code = 'service-unit-already-registered';
  constructor(readonly unitId: string) {
    super(`Service unit '${unitId}' is already registered`, `Enheten «${unitId}» er allerede registrert.`);
  }
}

export class ServiceUnitNotFoundError extends DomainError {
  override readonly name = 'ServiceUnitNotFoundError';
  readonly code = 'service-unit-not-found';
  constructor(readonly unitId: string) {
    super(`Service unit '${unitId}' is not registered`, `Enheten «${unitId}» finnes ikke.`);
  }
}

export class UnknownServiceTypeError extends DomainError {
  override readonly name = 'UnknownServiceTypeError';
  readonly code = 'unknown-service-type';
  constructor(readonly serviceType: string) {
    super(`Service type '${serviceType}' is not in the configured list`, `Tjenestetypen «${serviceType}» er ikke kjent.`);
  }
}

export class CoverageOverlapError extends DomainError {
  override readonly name = 'CoverageOverlapError';
  readonly code = 'coverage-overlap';
  constructor(
    readonly unitId: string,
    readonly kommunenummer: string,
    readonly existingFrom: string,
  ) {
    super(
      `Coverage of '${unitId}' for ${kommunenummer} would overlap the period from ${existingFrom}`,
      `Enheten dekker allerede kommune ${kommunenummer} i denne perioden (fra ${existingFrom}).`,
    );
  }
}

export class NoOpenCoverageError extends DomainError {
  override readonly name = 'NoOpenCoverageError';
  readonly code = 'no-open-coverage';
  constructor(
    readonly unitId: string,
    readonly kommunenummer: string,
  ) {
    super(
      `Service unit '${unitId}' has no open coverage period for ${kommunenummer}`,
      `Enheten har ingen løpende dekning av kommune ${kommunenummer} som kan avsluttes.`,
    );
  }
}

export class InvalidPeriodError extends DomainError {
  override readonly name = 'InvalidPeriodError';
  readonly code = 'invalid-period';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`A period must end after it starts (from ${from}, to ${to})`, `Sluttdatoen må være etter startdatoen.`);
  }
}

export class PractitionerAlreadyRegisteredError extends DomainError {
  override readonly name = 'PractitionerAlreadyRegisteredError';
  readonly code = 'practitioner-already-registered';
  constructor(readonly practitionerId: string) {
    super(`Practitioner '${practitionerId}' is already registered`, `Den ansatte er allerede registrert.`);
  }
}

export class PractitionerNotFoundError extends DomainError {
  override readonly name = 'PractitionerNotFoundError';
  readonly code = 'practitioner-not-found';
  constructor(readonly practitionerId: string) {
    super(`Practitioner '${practitionerId}' is not registered`, `Den ansatte finnes ikke.`);
  }
}

/** Role changes and deactivations only move forward: history already relied on is not rewritten. */
export class PractitionerChangeNotAllowedError extends DomainError {
  override readonly name = 'PractitionerChangeNotAllowedError';
  readonly code = 'practitioner-change-not-allowed';
  constructor(
    readonly practitionerId: string,
    reason: string,
    userMessage: string,
  ) {
    super(`Practitioner '${practitionerId}': ${reason}`, userMessage);
  }
}
