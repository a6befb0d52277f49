import { Injectable } from '@nestjs/common';
import { DEFAULT_SERVICE_TYPES, OrganisationViewReader } from '@stafett/organisation';
import type { ConsentOrganisation } from '../domain/consent.decide';

/** The organisation's answers for the decider, as the organisation view holds them now: units and their service types, practitioners' units. */
@Injectable()
export class ConsentOrganisationAnswers {
  constructor(private readonly organisation: OrganisationViewReader) {}

  async current(): Promise<ConsentOrganisation> {
    const state = await this.organisation.current();
    return {
      unitServiceType: (unitId) => state.units.get(unitId)?.serviceType,
      isServiceType: (code) => [...state.units.values()].some((unit) => unit.serviceType === code) || DEFAULT_SERVICE_TYPES.some((type) => type.code === code),
      practitionerUnit: (practitionerId) => state.practitioners.get(practitionerId)?.unitId,
    };
  }
}
