import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { PersonalDataErasedError, PersonalDataVault } from '@stafett/identity';
import { CHILD_ACCESS_PURPOSES, ChildPersonalDataErasedError, childStreamId, type ChildRegistered, revealChildRegistration, type RevealedChildRegistration } from '@stafett/organisation';
import { CLOCK, type Clock } from '@stafett/kernel';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import { requirePurpose } from '../../decided-entries';
import { mayReadRegistration, unknownChild } from '../../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../../relations/relation-source';
import { ReadRegistrationQuery } from './read-registration.query';

/**
 * A child's registration in clear text (national ids, names), only for a unit with a relation to
 * the child: a case it owns, takes part in (its consent in force) or holds the baton of, or child
 * welfare with a report about the child (issue 10 item 1). Serving the child's municipality is not
 * a relation: that a child is registered at all tells that someone is concerned. Every read is
 * recorded before the data leaves.
 */
@QueryHandler(ReadRegistrationQuery)
export class ReadRegistrationHandler implements IQueryHandler<ReadRegistrationQuery> {
  constructor(
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly accessLog: ChildAccessLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, purpose, request }: ReadRegistrationQuery): Promise<RevealedChildRegistration> {
    const asked = requirePurpose('ReadChild', purpose, CHILD_ACCESS_PURPOSES);
    const now = this.clock.now();
    const context = await this.relations.of(request.principal, childId, now);
    if (!context || !mayReadRegistration(context.relation)) throw unknownChild();
    const id = context.relation.childId;
    const registration = (await this.store.readStream(childStreamId(id))).find((e) => e.type === 'ChildRegistered') as unknown as ChildRegistered;
    let revealed: RevealedChildRegistration;
    try {
      const cipher = await this.vault.existingCipherFor(id);
      revealed = revealChildRegistration(registration.data, cipher.decrypt);
    } catch (error) {
      if (error instanceof PersonalDataErasedError) throw new ChildPersonalDataErasedError(id);
      throw error;
    }
    const { principal } = request;
    await this.accessLog.record(id, { type: 'ChildDataRead', data: { practitionerId: principal.practitionerId, unitId: principal.unitId, purpose: asked } }, request, now.toISOString());
    return revealed;
  }
}
