import type { OrganisationEvent } from './organisation.events';
import type { IsoDate } from '@stafett/kernel';
import type { Role } from '@stafett/kernel';

export interface Municipality {
  readonly kommunenummer: string;
  readonly name: string;
}

/** A half-open period [validFrom, validTo); no `validTo` means still running. */
export interface CoveragePeriod {
  readonly kommunenummer: string;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
}

export interface ServiceUnit {
  readonly unitId: string;
  readonly name: string;
  readonly serviceType: string;
  readonly hostMunicipality: string;
  /** Ordered by kommunenummer, then validFrom. */
  readonly coverage: readonly CoveragePeriod[];
}

export interface RolePeriod {
  readonly from: IsoDate;
  readonly roles: readonly Role[];
}

export interface Practitioner {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly displayName?: string;
  readonly activeFrom: IsoDate;
  readonly activeTo?: IsoDate;
  /** Role history, oldest first; the entry in force on a day is the last one starting on or before it. */
  readonly roleHistory: readonly RolePeriod[];
}

/** The whole organisation, current and historical. Maps keyed by id, never by user text. */
export interface OrganisationState {
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly units: ReadonlyMap<string, ServiceUnit>;
  readonly practitioners: ReadonlyMap<string, Practitioner>;
}

export function initialOrganisationState(): OrganisationState {
  return { municipalities: new Map(), units: new Map(), practitioners: new Map() };
}

function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  return new Map(map).set(key, value);
}

function updateUnit(state: OrganisationState, unitId: string, change: (unit: ServiceUnit) => ServiceUnit): OrganisationState {
  const unit = state.units.get(unitId);
  return unit ? { ...state, units: withEntry(state.units, unitId, change(unit)) } : state;
}

function updatePractitioner(
  state: OrganisationState,
  practitionerId: string,
  change: (practitioner: Practitioner) => Practitioner,
): OrganisationState {
  const practitioner = state.practitioners.get(practitionerId);
  return practitioner ? { ...state, practitioners: withEntry(state.practitioners, practitionerId, change(practitioner)) } : state;
}

const byMunicipalityThenStart = (a: CoveragePeriod, b: CoveragePeriod): number =>
  a.kommunenummer.localeCompare(b.kommunenummer) || a.validFrom.localeCompare(b.validFrom);

/**
 * Applies one event. Tolerant by design: an event about an unknown entity leaves the state as it is,
 * since stored events were validated when decided and a rebuild must never fail.
 */
export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'MunicipalityRegistered':
    case 'MunicipalityRenamed': {
      const { kommunenummer, name } = event.data;
      return { ...state, municipalities: withEntry(state.municipalities, kommunenummer, { kommunenummer, name }) };
    }
    case 'ServiceUnitRegistered':
      return { ...state, units: withEntry(state.units, event.data.unitId, { ...event.data, coverage: [] }) };
    case 'ServiceUnitRenamed':
      return updateUnit(state, event.data.unitId, (unit) => ({ ...unit, name: event.data.name }));
    case 'UnitCoverageStarted': {
      const { kommunenummer, validFrom } = event.data;
      return updateUnit(state, event.data.unitId, (unit) => ({
        ...unit,
        coverage: [...unit.coverage, { kommunenummer, validFrom }].sort(byMunicipalityThenStart),
      }));
    }
    case 'UnitCoverageEnded': {
      const { kommunenummer, validFrom, validTo } = event.data;
      return updateUnit(state, event.data.unitId, (unit) => ({
        ...unit,
        coverage: unit.coverage.map((period) =>
          period.kommunenummer === kommunenummer && period.validFrom === validFrom ? { ...period, validTo } : period,
        ),
      }));
    }
    case 'PractitionerRegistered': {
      const { practitionerId, unitId, displayName, roles, activeFrom } = event.data;
      const practitioner: Practitioner = {
        practitionerId,
        unitId,
        ...(displayName === undefined ? {} : { displayName }),
        activeFrom,
        roleHistory: [{ from: activeFrom, roles }],
      };
      return { ...state, practitioners: withEntry(state.practitioners, practitionerId, practitioner) };
    }
    case 'PractitionerRolesChanged': {
      const { roles, effectiveFrom } = event.data;
      return updatePractitioner(state, event.data.practitionerId, (p) => ({
        ...p,
        // A change on the same day as the last one replaces it: one day has one set of roles.
        roleHistory: [...p.roleHistory.filter((r) => r.from < effectiveFrom), { from: effectiveFrom, roles }],
      }));
    }
    case 'PractitionerDeactivated':
      return updatePractitioner(state, event.data.practitionerId, (p) => ({ ...p, activeTo: event.data.activeTo }));
    default: {
      // Compile-time exhaustiveness; at run time an unknown (newer) event type is skipped, not fatal.
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}
