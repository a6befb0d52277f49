import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ConsentLedger, granteeMatches, timingOf } from '@stafett/consent';
import { CLOCK, osloTimestamp, type Clock } from '@stafett/kernel';
import { coordinatesFor, hasRelation, unknownChild } from '../../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../../relations/relation-source';
import { ListConsentsQuery, type ConsentListItem } from './list-consents.query';

/**
 * The child's consents as one caller may see them (issue 10 item 1): every consent for the unit that
 * owns an open case of the child or holds its baton (they record consents and must see what the
 * family has agreed); for any other unit, only the consents that name it, by unit or service type.
 * A consent for the police is no business of NAV's. No relation to the child: the one 403.
 */
@QueryHandler(ListConsentsQuery)
export class ListConsentsHandler implements IQueryHandler<ListConsentsQuery> {
  private readonly ledger: ConsentLedger;

  constructor(
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  async execute({ childId, request }: ListConsentsQuery): Promise<{ childId: string; consents: ConsentListItem[] }> {
    const now = this.clock.now();
    const { principal } = request;
    const context = await this.relations.of(principal, childId, now);
    if (!context || !hasRelation(context.relation)) throw unknownChild();
    const id = context.relation.childId;
    const all = coordinatesFor(context.relation);
    const at = osloTimestamp(now);
    const consents = (await this.ledger.recordedStatesFor(id))
      .filter(({ facts }) => all || granteeMatches(facts, principal.unitId, principal.serviceType))
      .map(({ facts, grantors, form, recordedAt }) => ({
        consentId: facts.consentId,
        status: timingOf(facts, at),
        decision: facts.decision,
        period: facts.period,
        ...(facts.withdrawnAt === undefined ? {} : { withdrawnAt: facts.withdrawnAt }),
        grantors,
        grantees: facts.grantees,
        provision: facts.provision,
        form,
        recordedAt,
      }));
    return { childId: id, consents };
  }
}
