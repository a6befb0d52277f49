import type { Role } from '@stafett/kernel';

/** Nest injection token for the {@link PractitionerDirectory} the application provides. */
export const PRACTITIONER_DIRECTORY = Symbol('PRACTITIONER_DIRECTORY');

export interface PractitionerRecord {
  readonly practitionerId: string;
  readonly unitId: string;
  readonly serviceType: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
}

/**
 * Who works where, as of a date. Implemented outside this library (by the organisation read model),
 * so that authentication does not depend on how the organisation is stored.
 */
export interface PractitionerDirectory {
  /**
   * The practitioner identified by the token's practitioner claim, as of `at`; undefined when unknown.
   * The claim value may be a national id: an implementation looks it up by a keyed hash and never
   * logs it.
   */
  findPractitioner(practitionerId: string, at: Date): Promise<PractitionerRecord | undefined>;
  /** Whether the unit serves the municipality (kommunenummer, four digits) on the date of `at`. */
  servesMunicipality(unitId: string, kommunenummer: string, at: Date): Promise<boolean>;
}
