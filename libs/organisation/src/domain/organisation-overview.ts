import type { IsoDate, Role } from '@stafett/kernel';
import { practitionerActiveOn, practitionerRolesOn, unitServesMunicipality } from './organisation.queries';
import type { CoveragePeriod, Municipality, OrganisationState } from './organisation.state';

/** The organisation as it was (or is) on a day, for its administrators. */
export interface OrganisationOverview {
  readonly at: IsoDate;
  readonly municipalities: Municipality[];
  readonly units: Array<{
    readonly unitId: string;
    readonly name: string;
    readonly serviceType: string;
    readonly hostMunicipality: string;
    /** The municipalities the unit serves on the day. */
    readonly serves: string[];
    readonly coverage: readonly CoveragePeriod[];
  }>;
  readonly practitioners: Array<{ readonly practitionerId: string; readonly unitId: string; readonly active: boolean; readonly roles: readonly Role[] }>;
}

export function organisationOverview(state: OrganisationState, day: IsoDate): OrganisationOverview {
  const municipalities = [...state.municipalities.values()];
  return {
    at: day,
    municipalities,
    units: [...state.units.values()].map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      serviceType: unit.serviceType,
      hostMunicipality: unit.hostMunicipality,
      serves: municipalities.filter((m) => unitServesMunicipality(state, unit.unitId, m.kommunenummer, day)).map((m) => m.kommunenummer),
      coverage: unit.coverage,
    })),
    practitioners: [...state.practitioners.values()].map((p) => ({
      practitionerId: p.practitionerId,
      unitId: p.unitId,
      active: practitionerActiveOn(p, day),
      roles: practitionerRolesOn(state, p.practitionerId, day),
    })),
  };
}
