import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, type Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { PersonalDataErasedError, PersonalDataVault } from '@stafett/identity';
import { isUuid } from '@stafett/kernel';
import { ChildPersonalDataErasedError, childStreamId, type ChildRegistered } from '@stafett/organisation';
import { DataSource } from 'typeorm';
import { ChildCasesReader, coordinatesACase } from '@stafett/concern';
import type { ConsentParties } from '../domain/consent.decide';
import { ConsentLedger } from './consent-ledger';
import { caseRelationNow } from './participation';

/**
 * The child a consent request is about, and whether the caller's unit coordinates one of the child's
 * cases (owns it or holds its baton, its participation in force): only such a unit records consents
 * (issue 10 item 4). A unit in none of the child's cases gets the one 403 of an unknown child.
 */
@Injectable()
export class ConsentChild {
  private readonly ledger: ConsentLedger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly cases: ChildCasesReader,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  /** The child's id, normalised, once the caller's unit is in one of the child's cases. */
  async accessible(
    childId: string,
    principal: Principal,
    now: Date,
  ): Promise<{ childId: string; registration: ChildRegistered['data']; coordinates: boolean }> {
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or the unit is in none of its cases');
    if (!isUuid(childId)) throw refusal();
    const id = childId.toLowerCase();
    const events = await this.store.readStream(childStreamId(id));
    const registered = events.find((e) => e.type === 'ChildRegistered') as unknown as ChildRegistered | undefined;
    if (!registered) throw refusal();
    const [cases, consents] = await Promise.all([this.cases.casesOf(id, principal.unitId), this.ledger.consentsFor(id)]);
    const relations = cases.flatMap((onRecord) => caseRelationNow(onRecord, principal, consents, now.toISOString()) ?? []);
    if (relations.length === 0) throw refusal();
    return { childId: id, registration: registered.data, coordinates: coordinatesACase(relations) };
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
