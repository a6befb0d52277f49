import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, MunicipalityAccess, type Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { PersonalDataErasedError, PersonalDataVault } from '@stafett/identity';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { CHILD_ID } from '../../../organisation/src/application/children/child-request';
import { childStreamId, type ChildRegistered } from '../../../organisation/src/domain/child.events';
import type { ConsentParties } from '../domain/consent.decide';

/**
 * The child a consent request is about, after the same access check as reading the child: an unknown
 * child and one whose municipality the caller's unit does not serve today give the same 403.
 */
@Injectable()
export class ConsentChild {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: MunicipalityAccess,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The child's id, normalised, once the caller may act for the child. */
  async accessible(childId: string, principal: Principal, now: Date): Promise<{ childId: string; registration: ChildRegistered['data'] }> {
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or not served by the unit today');
    if (typeof childId !== 'string' || !CHILD_ID.test(childId)) throw refusal();
    const id = childId.toLowerCase();
    const events = await this.store.readStream(childStreamId(id));
    const registered = events.find((e) => e.type === 'ChildRegistered') as unknown as ChildRegistered | undefined;
    if (!registered || !(await this.access.mayActFor(principal, registered.data.homeMunicipality, now))) throw refusal();
    return { childId: id, registration: registered.data };
  }

  /** Who must grant: guardians in registration order, and the birth date for the child's own consent. */
  async parties(childId: string, registration: ChildRegistered['data']): Promise<ConsentParties> {
    const guardians = registration.guardians.map((g) => ({ holdsParentalResponsibility: g.holdsParentalResponsibility }));
    if (registration.subject.kind !== 'born') return { childId, guardians };
    try {
      const cipher = await this.vault.existingCipherFor(childId);
      return { childId, guardians, childBirthDate: cipher.decrypt(registration.subject.birthDate) };
    } catch (error) {
      if (error instanceof PersonalDataErasedError) throw new ChildPersonalDataErasedError(childId);
      throw error;
    }
  }
}
