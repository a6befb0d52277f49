import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, MunicipalityAccess } from '@stafett/auth';
import { EVENT_STORE, type EventStore, type NewEvent } from '@stafett/event-store';
import { PersonalDataErasedError, PersonalDataVault } from '@stafett/identity';
import type { ChildEvent, ChildRegistered } from '../../domain/child.events';
import { childStreamId } from '../../domain/child.events';
import { revealChildRegistration, type RevealedChildRegistration } from '../../domain/child.reveal';
import { childDecider } from '../../domain/child.decide';
import { InvalidCommandError } from '../../domain/domain-error';
import { CHILD_ACCESS_PURPOSES, childAccessStreamId, isChildAccessPurpose, type ChildDataRead } from './child-access';
import { CHILD_ID, type ChildRequestContext } from './child-request';
import { ChildPersonalDataErasedError } from './children.errors';

/**
 * Reads one child's registration in clear text. An unknown child and a child whose home
 * municipality the caller's unit does not serve today give the same 403, so the answer never tells
 * whether the child exists. Every read is recorded (who, which unit, why) in the child's access log
 * before the data is handed out: if recording fails, nothing is shown.
 */
@Injectable()
export class ReadChildHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly access: MunicipalityAccess,
  ) {}

  async execute(childId: string, purpose: string, context: ChildRequestContext, now: Date = new Date()): Promise<RevealedChildRegistration> {
    if (!isChildAccessPurpose(purpose)) {
      throw new InvalidCommandError('ReadChild', [
        { field: 'purpose', message: `purpose must be one of ${CHILD_ACCESS_PURPOSES.join(', ')}`, userMessage: `Oppgi formålet: ${CHILD_ACCESS_PURPOSES.join(', ')}.` },
      ]);
    }
    const { principal } = context;
    // One reason for every refusal: even the server log does not sort unknown children from others.
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or not served by the unit today');
    if (!CHILD_ID.test(childId)) throw refusal();
    const id = childId.toLowerCase();

    const events = await this.store.readStream(childStreamId(id));
    const state = events.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());
    if (state.status !== 'registered' || !(await this.access.mayActFor(principal, state.homeMunicipality, now))) throw refusal();
    const registration = events.find((e) => e.type === 'ChildRegistered') as unknown as ChildRegistered;

    let revealed: RevealedChildRegistration;
    try {
      const cipher = await this.vault.existingCipherFor(id);
      revealed = revealChildRegistration(registration.data, cipher.decrypt);
    } catch (error) {
      if (error instanceof PersonalDataErasedError) throw new ChildPersonalDataErasedError(id);
      throw error;
    }

    const read: ChildDataRead = { type: 'ChildDataRead', data: { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose } };
    const event: NewEvent = {
      id: randomUUID(),
      ...read,
      metadata: {
        childId: id,
        actorUserId: principal.practitionerId,
        actorServiceId: principal.unitId,
        correlationId: context.correlationId ?? randomUUID(),
        occurredAt: now.toISOString(),
      },
    };
    await this.store.append(childAccessStreamId(id), [event], 'any');
    return revealed;
  }
}
