import type { IsoDate, Principal, Role } from '@stafett/kernel';
import { unitServesMunicipality } from './organisation.queries';
import type { OrganisationState, ServiceUnit } from './organisation.state';

export interface UnitName {
  readonly unitId: string;
  readonly name: string;
  readonly serviceType: string;
}

export interface PractitionerName {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly displayName?: string;
}

export interface CallerDirectory {
  readonly municipalities: ReadonlyArray<{ readonly kommunenummer: string; readonly name: string }>;
  readonly units: readonly UnitName[];
  readonly practitioners: readonly PractitionerName[];
}

/**
 * The names a caller may show instead of ids: the municipalities its unit serves on `day`, every
 * unit serving one of them (the services it may work with on a child), and their practitioners.
 * Names of employees only; nothing about any child.
 */
export function callerDirectory(state: OrganisationState, principal: Pick<Principal, 'unitId'>, day: IsoDate): CallerDirectory {
  const municipalities = [...state.municipalities.values()].filter((m) => unitServesMunicipality(state, principal.unitId, m.kommunenummer, day));
  const servesOne = (unit: ServiceUnit) =>
    unit.unitId === principal.unitId || municipalities.some((m) => unitServesMunicipality(state, unit.unitId, m.kommunenummer, day));
  const units = [...state.units.values()].filter(servesOne).map(({ unitId, name, serviceType }) => ({ unitId, name, serviceType }));
  const unitIds = new Set(units.map((unit) => unit.unitId));
  const practitioners = [...state.practitioners.values()]
    .filter((practitioner) => unitIds.has(practitioner.unitId))
    .map(({ practitionerId, unitId, displayName }) => ({ practitionerId, unitId, ...(displayName === undefined ? {} : { displayName }) }));
  return { municipalities: municipalities.map(({ kommunenummer, name }) => ({ kommunenummer, name })), units, practitioners };
}

export interface CallerProfile {
  readonly practitionerId: string;
  /** Left out when the organisation has no name for the practitioner. */
  readonly displayName?: string;
  readonly roles: Role[];
  readonly unit: UnitName;
  /** The municipalities the caller's unit acts for on the day. */
  readonly municipalities: Array<{ readonly kommunenummer: string; readonly name: string }>;
}

/** The signed-in practitioner as pages show them: name, roles, unit and the municipalities it acts for on `day`. */
export function callerProfile(state: OrganisationState, principal: Principal, day: IsoDate): CallerProfile {
  const directory = callerDirectory(state, principal, day);
  // A unit the view does not know (yet) is shown by its id.
  const unit = directory.units.find((candidate) => candidate.unitId === principal.unitId) ?? { unitId: principal.unitId, name: principal.unitId, serviceType: principal.serviceType };
  const displayName = state.practitioners.get(principal.practitionerId)?.displayName;
  return {
    practitionerId: principal.practitionerId,
    ...(displayName === undefined ? {} : { displayName }),
    roles: [...principal.roles],
    unit,
    municipalities: [...directory.municipalities],
  };
}
