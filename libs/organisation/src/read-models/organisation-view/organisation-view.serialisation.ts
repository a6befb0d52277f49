import type { OrganisationState } from '../../domain/organisation.state';

/** The organisation state as stored JSON: maps become arrays of their values. */
export interface OrganisationStateJson {
  municipalities: unknown[];
  units: unknown[];
  practitioners: unknown[];
}

export function toJson(state: OrganisationState): OrganisationStateJson {
  return {
    municipalities: [...state.municipalities.values()],
    units: [...state.units.values()],
    practitioners: [...state.practitioners.values()],
  };
}

export function fromJson(json: OrganisationStateJson): OrganisationState {
  const byKey = <V>(items: unknown[], key: string) => new Map((items as Array<Record<string, unknown>>).map((v) => [String(v[key]), v as V]));
  return {
    municipalities: byKey(json.municipalities, 'kommunenummer'),
    units: byKey(json.units, 'unitId'),
    practitioners: byKey(json.practitioners, 'practitionerId'),
  };
}
