import type { DomainEvent } from '@stafett/kernel';
import type { IsoDate } from '@stafett/kernel';
import type { Role } from '@stafett/kernel';

/** The whole organisation is one stream: it changes rarely and its rules span entities. */
export const ORGANISATION_STREAM_ID = 'organisation';

export type MunicipalityRegistered = DomainEvent<'MunicipalityRegistered', { kommunenummer: string; name: string }>;

export type MunicipalityRenamed = DomainEvent<'MunicipalityRenamed', { kommunenummer: string; name: string }>;

export type ServiceUnitRegistered = DomainEvent<
  'ServiceUnitRegistered',
  { unitId: string; name: string; serviceType: string; hostMunicipality: string }
>;

export type ServiceUnitRenamed = DomainEvent<'ServiceUnitRenamed', { unitId: string; name: string }>;

/**
 * The unit serves the municipality from `validFrom` (inclusive) until a UnitCoverageEnded.
 * Periods are half-open, [validFrom, validTo): the day in `validTo` is the first day not served,
 * which is how mergers and new agreements read ("from 1 January 2024 Fosen serves ...").
 */
export type UnitCoverageStarted = DomainEvent<
  'UnitCoverageStarted',
  { unitId: string; kommunenummer: string; validFrom: IsoDate }
>;

/** Closes the period that started on `validFrom`; `validTo` is the first day no longer served. */
export type UnitCoverageEnded = DomainEvent<
  'UnitCoverageEnded',
  { unitId: string; kommunenummer: string; validFrom: IsoDate; validTo: IsoDate }
>;

/**
 * `displayName` is an employee's personal data: shown in the application, never logged, never put
 * into error messages.
 */
export type PractitionerRegistered = DomainEvent<
  'PractitionerRegistered',
  { practitionerId: string; unitId: string; displayName?: string; roles: Role[]; activeFrom: IsoDate }
>;

/** The roles from `effectiveFrom` on; earlier days keep the roles they had. */
export type PractitionerRolesChanged = DomainEvent<
  'PractitionerRolesChanged',
  { practitionerId: string; roles: Role[]; effectiveFrom: IsoDate }
>;

/** `activeTo` is the first day the practitioner may no longer act. */
export type PractitionerDeactivated = DomainEvent<'PractitionerDeactivated', { practitionerId: string; activeTo: IsoDate }>;

export type OrganisationEvent =
  | MunicipalityRegistered
  | MunicipalityRenamed
  | ServiceUnitRegistered
  | ServiceUnitRenamed
  | UnitCoverageStarted
  | UnitCoverageEnded
  | PractitionerRegistered
  | PractitionerRolesChanged
  | PractitionerDeactivated;

export type OrganisationEventType = OrganisationEvent['type'];
