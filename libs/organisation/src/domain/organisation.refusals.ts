import { refusalTable } from '@stafett/kernel';

// Messages name ids and municipality numbers only; practitioner names are personal data and stay out.

export const organisationRefusals = refusalTable('organisation', {
  'municipality-already-registered': {
    status: 409,
    message: (p: { kommunenummer: string }) => `Municipality ${p.kommunenummer} is already registered`,
    userMessage: (p: { kommunenummer: string }) => `Kommune ${p.kommunenummer} er allerede registrert.`,
  },
  'municipality-not-found': {
    status: 404,
    message: (p: { kommunenummer: string }) => `Municipality ${p.kommunenummer} is not registered`,
    userMessage: (p: { kommunenummer: string }) => `Kommune ${p.kommunenummer} er ikke registrert.`,
  },
  'service-unit-already-registered': {
    status: 409,
    message: (p: { unitId: string }) => `Service unit '${p.unitId}' is already registered`,
    userMessage: (p: { unitId: string }) => `Enheten «${p.unitId}» er allerede registrert.`,
  },
  'service-unit-not-found': {
    status: 404,
    message: (p: { unitId: string }) => `Service unit '${p.unitId}' is not registered`,
    userMessage: (p: { unitId: string }) => `Enheten «${p.unitId}» finnes ikke.`,
  },
  'unknown-service-type': {
    status: 409,
    message: (p: { serviceType: string }) => `Service type '${p.serviceType}' is not in the configured list`,
    userMessage: (p: { serviceType: string }) => `Tjenestetypen «${p.serviceType}» er ikke kjent.`,
  },
  'coverage-overlap': {
    status: 409,
    message: (p: { unitId: string; kommunenummer: string; existingFrom: string }) =>
      `Coverage of '${p.unitId}' for ${p.kommunenummer} would overlap the period from ${p.existingFrom}`,
    userMessage: (p: { kommunenummer: string; existingFrom: string }) =>
      `Enheten dekker allerede kommune ${p.kommunenummer} i denne perioden (fra ${p.existingFrom}).`,
  },
  'no-open-coverage': {
    status: 409,
    message: (p: { unitId: string; kommunenummer: string }) => `Service unit '${p.unitId}' has no open coverage period for ${p.kommunenummer}`,
    userMessage: (p: { kommunenummer: string }) => `Enheten har ingen løpende dekning av kommune ${p.kommunenummer} som kan avsluttes.`,
  },
  'invalid-period': {
    status: 409,
    message: (p: { from: string; to: string }) => `A period must end after it starts (from ${p.from}, to ${p.to})`,
    userMessage: () => 'Sluttdatoen må være etter startdatoen.',
  },
  'practitioner-already-registered': {
    status: 409,
    message: (p: { practitionerId: string }) => `Practitioner '${p.practitionerId}' is already registered`,
    userMessage: () => 'Den ansatte er allerede registrert.',
  },
  'practitioner-not-found': {
    status: 404,
    message: (p: { practitionerId: string }) => `Practitioner '${p.practitionerId}' is not registered`,
    userMessage: () => 'Den ansatte finnes ikke.',
  },
  /** Role changes and deactivations only move forward: history already relied on is not rewritten. */
  'practitioner-change-not-allowed': {
    status: 409,
    message: (p: { practitionerId: string; reason: string; explanation: string }) => `Practitioner '${p.practitionerId}': ${p.reason}`,
    userMessage: (p: { practitionerId: string; reason: string; explanation: string }) => p.explanation,
  },
  'child-already-registered': {
    status: 409,
    message: (p: { childId: string }) => `Child ${p.childId} is already registered`,
    userMessage: () => 'Barnet er allerede registrert.',
  },
  /**
   * The child's data key has been destroyed (crypto-shredding): the registration exists but its
   * personal data can never be shown again. Only raised after the access check, so it reveals nothing
   * to a caller who may not see the child.
   */
  'child-personal-data-erased': {
    status: 409,
    message: (p: { childId: string }) => `The personal data of child ${p.childId} has been erased`,
    userMessage: () => 'Personopplysningene om dette barnet er slettet og kan ikke vises.',
  },
});

const refusal = organisationRefusals;

export const MunicipalityAlreadyRegisteredError = refusal.kind('municipality-already-registered', (kommunenummer: string) => ({ kommunenummer }), 'MunicipalityAlreadyRegisteredError');
export const MunicipalityNotFoundError = refusal.kind('municipality-not-found', (kommunenummer: string) => ({ kommunenummer }), 'MunicipalityNotFoundError');
export const ServiceUnitAlreadyRegisteredError = refusal.kind('service-unit-already-registered', (unitId: string) => ({ unitId }), 'ServiceUnitAlreadyRegisteredError');
export const ServiceUnitNotFoundError = refusal.kind('service-unit-not-found', (unitId: string) => ({ unitId }), 'ServiceUnitNotFoundError');
export const UnknownServiceTypeError = refusal.kind('unknown-service-type', (serviceType: string) => ({ serviceType }), 'UnknownServiceTypeError');
export const CoverageOverlapError = refusal.kind(
  'coverage-overlap',
  (unitId: string, kommunenummer: string, existingFrom: string) => ({ unitId, kommunenummer, existingFrom }),
  'CoverageOverlapError',
);
export const NoOpenCoverageError = refusal.kind('no-open-coverage', (unitId: string, kommunenummer: string) => ({ unitId, kommunenummer }), 'NoOpenCoverageError');
export const InvalidPeriodError = refusal.kind('invalid-period', (from: string, to: string) => ({ from, to }), 'InvalidPeriodError');
export const PractitionerAlreadyRegisteredError = refusal.kind('practitioner-already-registered', (practitionerId: string) => ({ practitionerId }), 'PractitionerAlreadyRegisteredError');
export const PractitionerNotFoundError = refusal.kind('practitioner-not-found', (practitionerId: string) => ({ practitionerId }), 'PractitionerNotFoundError');
/** `reason` in English for the logs, `explanation` in Norwegian for the user. */
export const PractitionerChangeNotAllowedError = refusal.kind(
  'practitioner-change-not-allowed',
  (practitionerId: string, reason: string, explanation: string) => ({ practitionerId, reason, explanation }),
  'PractitionerChangeNotAllowedError',
);
export const ChildAlreadyRegisteredError = refusal.kind('child-already-registered', (childId: string) => ({ childId }), 'ChildAlreadyRegisteredError');
export const ChildPersonalDataErasedError = refusal.kind('child-personal-data-erased', (childId: string) => ({ childId }), 'ChildPersonalDataErasedError');
