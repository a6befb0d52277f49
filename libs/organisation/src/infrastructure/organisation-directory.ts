import { osloDate } from '@stafett/kernel';
import { Injectable } from '@nestjs/common';
import type { PractitionerDirectory, PractitionerRecord } from '@stafett/auth';
import { practitionerActiveOn, practitionerRolesOn, unitServesMunicipality } from '../domain/organisation.queries';
import { OrganisationViewReader } from '../read-models/organisation-view/organisation-view.reader';


/** Who works where, answered from the organisation view, for authentication and authorisation. */
@Injectable()
export class OrganisationDirectory implements PractitionerDirectory {
  constructor(private readonly view: OrganisationViewReader) {}

  async findPractitioner(practitionerId: string, at: Date): Promise<PractitionerRecord | undefined> {
    const state = await this.view.current();
    const practitioner = state.practitioners.get(practitionerId);
    if (!practitioner) return undefined;
    const unit = state.units.get(practitioner.unitId);
    const day = osloDate(at);
    return {
      practitionerId,
      unitId: practitioner.unitId,
      serviceType: unit?.serviceType ?? 'unknown',
      roles: practitionerRolesOn(state, practitionerId, day),
      active: practitionerActiveOn(practitioner, day),
    };
  }

  async servesMunicipality(unitId: string, kommunenummer: string, at: Date): Promise<boolean> {
    return unitServesMunicipality(await this.view.current(), unitId, kommunenummer, osloDate(at));
  }
}
