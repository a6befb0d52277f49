import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { PersonalDataErasedError, PersonalDataVault } from '@stafett/identity';
import { CHILD_ACCESS_PURPOSES } from '@stafett/organisation/application/children/child-access';
import { ChildPersonalDataErasedError } from '@stafett/organisation/application/children/children.errors';
import { childStreamId, type ChildRegistered } from '@stafett/organisation/domain/child.events';
import { revealChildRegistration, type RevealedChildRegistration } from '@stafett/organisation/domain/child.reveal';
import { ChildAccessLog, type AccessRequest } from '../../access-log/child-access-log';
import { ACCESS_CLOCK, type AccessClock } from '../../timeline/timeline.ports';
import { requirePurpose } from '../decided-entries';
import { mayReadRegistration } from '../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../relations/relation-source';

/** One answer for every "no": an unknown child, no relation, a relation that lapsed. */
export const unknownChild = (): ForbiddenProblem => new ForbiddenProblem('child unknown, or no relation to it');

/**
 * A child's registration in clear text (national ids, names), only for a unit with a relation to
 * the child: a case it owns, takes part in (its consent in force) or holds the baton of, or child
 * welfare with a report about the child (issue 10 item 1). Serving the child's municipality is not
 * a relation: that a child is registered at all tells that someone is concerned. Every read is
 * recorded before the data leaves.
 */
@Injectable()
export class ReadRegistrationHandler {
  constructor(
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly accessLog: ChildAccessLog,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async execute(childId: string, purpose: unknown, request: AccessRequest): Promise<RevealedChildRegistration> {
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
