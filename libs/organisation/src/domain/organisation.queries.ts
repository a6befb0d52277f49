import type { IsoDate } from '@stafett/kernel';
import type { CoveragePeriod, OrganisationState, Practitioner, ServiceUnit } from './organisation.state';
import type { Role } from '@stafett/kernel';

/** Half-open: served from `validFrom` (inclusive) up to, not including, `validTo`. */
export function periodContains(period: { validFrom: IsoDate; validTo?: IsoDate }, date: IsoDate): boolean {
  return period.validFrom <= date && (period.validTo === undefined || date < period.validTo);
}

/** Two half-open periods share at least one day. */
export function periodsOverlap(
  a: { validFrom: IsoDate; validTo?: IsoDate },
  b: { validFrom: IsoDate; validTo?: IsoDate },
): boolean {
  return (a.validTo === undefined || b.validFrom < a.validTo) && (b.validTo === undefined || a.validFrom < b.validTo);
}

export function coverageOf(unit: ServiceUnit, kommunenummer: string): CoveragePeriod[] {
  return unit.coverage.filter((period) => period.kommunenummer === kommunenummer);
}

/** Whether the unit served the municipality on that day. */
export function unitServesMunicipality(state: OrganisationState, unitId: string, kommunenummer: string, date: IsoDate): boolean {
  const unit = state.units.get(unitId);
  return unit !== undefined && coverageOf(unit, kommunenummer).some((period) => periodContains(period, date));
}

/** The units that served the municipality on that day, for routing reports and listing partners. */
export function unitsServing(state: OrganisationState, kommunenummer: string, date: IsoDate): ServiceUnit[] {
  return [...state.units.values()].filter((unit) => unitServesMunicipality(state, unit.unitId, kommunenummer, date));
}

/** Active on that day: from `activeFrom` (inclusive) up to, not including, `activeTo`. */
export function practitionerActiveOn(practitioner: Practitioner, date: IsoDate): boolean {
  return periodContains({ validFrom: practitioner.activeFrom, validTo: practitioner.activeTo }, date);
}

/** The roles in force that day; empty when the practitioner was not active. */
export function practitionerRolesOn(state: OrganisationState, practitionerId: string, date: IsoDate): readonly Role[] {
  const practitioner = state.practitioners.get(practitionerId);
  if (!practitioner || !practitionerActiveOn(practitioner, date)) return [];
  const inForce = practitioner.roleHistory.filter((period) => period.from <= date);
  return inForce.length === 0 ? [] : inForce[inForce.length - 1].roles;
}

/**
 * Whether the practitioner may act for children of the municipality on that day: active, holding a
 * role, in a unit that served the municipality. What the practitioner may then *see* is the policy
 * module's decision, not this one's.
 */
export function practitionerMayActFor(
  state: OrganisationState,
  practitionerId: string,
  kommunenummer: string,
  date: IsoDate,
): boolean {
  const practitioner = state.practitioners.get(practitionerId);
  return (
    practitioner !== undefined &&
    practitionerRolesOn(state, practitionerId, date).length > 0 &&
    unitServesMunicipality(state, practitioner.unitId, kommunenummer, date)
  );
}
