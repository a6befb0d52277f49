import type { ServiceTypeDefinition } from './service-types';

/**
 * The organisation file read at start-up (JSON). Dates are `YYYY-MM-DD`; periods are half-open:
 * `validTo` / `activeTo` is the first day no longer covered. See demo-organisation.json.
 */
export interface OrganisationConfig {
  readonly version: 1;
  /** Free text for the people who maintain the file. */
  readonly description?: string;
  /** Replaces the Norwegian defaults (service-types.ts) when given. */
  readonly serviceTypes?: readonly ServiceTypeDefinition[];
  readonly municipalities: readonly MunicipalityConfig[];
  readonly units: readonly UnitConfig[];
  readonly practitioners: readonly PractitionerConfig[];
}

export interface MunicipalityConfig {
  readonly kommunenummer: string;
  readonly name: string;
}

export interface UnitConfig {
  readonly id: string;
  readonly name: string;
  readonly serviceType: string;
  readonly hostMunicipality: string;
  /** The municipalities the unit serves, each for a period; an inter-municipal service lists several. */
  readonly serves: readonly CoverageConfig[];
}

export interface CoverageConfig {
  readonly kommunenummer: string;
  readonly validFrom: string;
  readonly validTo?: string;
}

export interface PractitionerConfig {
  readonly id: string;
  readonly unitId: string;
  /** An employee's name is personal data: demo files use invented first names only. */
  readonly displayName?: string;
  readonly roles: readonly string[];
  readonly activeFrom: string;
  readonly activeTo?: string;
}

/** One problem in the file, located by path, e.g. `units[2].serves[0].validFrom: not a date`. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}
