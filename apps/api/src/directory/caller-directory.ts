import type { Principal } from '@stafett/auth';
import { unitServesMunicipality, type IsoDate, type OrganisationState, type ServiceUnit } from '@stafett/organisation';

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
