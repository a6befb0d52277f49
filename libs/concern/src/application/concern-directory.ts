import { Injectable } from '@nestjs/common';
import { InvalidCommandError } from '@stafett/kernel';
import { OrganisationViewReader } from '@stafett/organisation';
import type { PractitionerRef, ServiceRef } from '../domain/concern.values';

/**
 * Turns the ids a request names (a practitioner, a unit) into the references events record, from the
 * organisation: a client names people and units, never their service types, so it cannot mislabel them.
 */
@Injectable()
export class ConcernDirectory {
  constructor(private readonly organisation: OrganisationViewReader) {}

  async practitioner(practitionerId: string, field: string): Promise<PractitionerRef> {
    const state = await this.organisation.current();
    const practitioner = state.practitioners.get(practitionerId);
    const unit = practitioner && state.units.get(practitioner.unitId);
    if (!practitioner || !unit) {
      throw new InvalidCommandError('ConcernRequest', [{ field, message: 'unknown practitioner', userMessage: 'Den ansatte finnes ikke i organisasjonen.' }]);
    }
    return { practitionerId, unitId: unit.unitId, serviceType: unit.serviceType };
  }

  async service(unitId: string, field: string): Promise<ServiceRef> {
    const unit = (await this.organisation.current()).units.get(unitId);
    if (!unit) throw new InvalidCommandError('ConcernRequest', [{ field, message: 'unknown unit', userMessage: 'Enheten finnes ikke i organisasjonen.' }]);
    return { unitId: unit.unitId, serviceType: unit.serviceType };
  }
}
