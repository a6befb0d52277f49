import type { IsoDate } from '@stafett/kernel';

/**
 * Commands carry every date they need: the domain never reads the clock. The admin endpoints and
 * the start-up configuration fill them in.
 */
export interface RegisterMunicipality {
  readonly type: 'RegisterMunicipality';
  readonly kommunenummer: string;
  readonly name: string;
}

export interface RenameMunicipality {
  readonly type: 'RenameMunicipality';
  readonly kommunenummer: string;
  readonly name: string;
}

export interface RegisterServiceUnit {
  readonly type: 'RegisterServiceUnit';
  readonly unitId: string;
  readonly name: string;
  readonly serviceType: string;
  readonly hostMunicipality: string;
}

export interface RenameServiceUnit {
  readonly type: 'RenameServiceUnit';
  readonly unitId: string;
  readonly name: string;
}

/** With `validTo`, records a period already over (history from a configuration file or a merger). */
export interface StartUnitCoverage {
  readonly type: 'StartUnitCoverage';
  readonly unitId: string;
  readonly kommunenummer: string;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
}

/** Ends the open coverage period of the unit for the municipality. */
export interface EndUnitCoverage {
  readonly type: 'EndUnitCoverage';
  readonly unitId: string;
  readonly kommunenummer: string;
  readonly validTo: IsoDate;
}

export interface RegisterPractitioner {
  readonly type: 'RegisterPractitioner';
  readonly practitionerId: string;
  readonly unitId: string;
  readonly displayName?: string;
  readonly roles: readonly string[];
  readonly activeFrom: IsoDate;
}

export interface ChangePractitionerRoles {
  readonly type: 'ChangePractitionerRoles';
  readonly practitionerId: string;
  readonly roles: readonly string[];
  readonly effectiveFrom: IsoDate;
}

export interface DeactivatePractitioner {
  readonly type: 'DeactivatePractitioner';
  readonly practitionerId: string;
  readonly activeTo: IsoDate;
}

export type OrganisationCommand =
  | RegisterMunicipality
  | RenameMunicipality
  | RegisterServiceUnit
  | RenameServiceUnit
  | StartUnitCoverage
  | EndUnitCoverage
  | RegisterPractitioner
  | ChangePractitionerRoles
  | DeactivatePractitioner;
