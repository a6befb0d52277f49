import type { PractitionerDirectory, PractitionerRecord } from '../principal/practitioner-directory.port';

export interface ServicePeriod {
  readonly unitId: string;
  readonly kommunenummer: string;
  readonly from: Date;
  /** Exclusive; open-ended when absent. */
  readonly until?: Date;
}

/**
 * A fake directory for this library's tests. The real one is the organisation read model, which
 * lives in another library this one must not depend on; the guard only needs the port's answers.
 */
export class InMemoryPractitionerDirectory implements PractitionerDirectory {
  constructor(
    private readonly practitioners: readonly PractitionerRecord[],
    private readonly services: readonly ServicePeriod[],
  ) {}

  async findPractitioner(practitionerId: string): Promise<PractitionerRecord | undefined> {
    return this.practitioners.find((practitioner) => practitioner.practitionerId === practitionerId);
  }

  async servesMunicipality(unitId: string, kommunenummer: string, at: Date): Promise<boolean> {
    return this.services.some(
      (period) =>
        period.unitId === unitId &&
        period.kommunenummer === kommunenummer &&
        period.from <= at &&
        (period.until === undefined || at < period.until),
    );
  }
}
