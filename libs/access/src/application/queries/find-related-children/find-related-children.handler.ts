import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FindChildrenQuery } from '@stafett/organisation';
import { CLOCK, type Clock } from '@stafett/kernel';
import { FindChildrenHandler, type IndexedChild } from '@stafett/organisation';
import { mayReadRegistration } from '../../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../../relations/relation-source';
import { FindRelatedChildrenQuery } from './find-related-children.query';

/**
 * Finds children by a national id, among those the caller has a relation to (issue 10 item 2): the
 * same relation that lets it read the registration. Any other child is left out exactly as if it
 * were not registered, so a search never tells that someone else is concerned about a child.
 */
@QueryHandler(FindRelatedChildrenQuery)
export class FindRelatedChildrenHandler implements IQueryHandler<FindRelatedChildrenQuery> {
  constructor(
    private readonly find: FindChildrenHandler,
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ nationalId, request }: FindRelatedChildrenQuery): Promise<IndexedChild[]> {
    const now = this.clock.now();
    const candidates = await this.find.execute(new FindChildrenQuery(nationalId, request));
    const related: IndexedChild[] = [];
    for (const child of candidates) {
      const context = await this.relations.of(request.principal, child.childId, now);
      if (context && mayReadRegistration(context.relation)) related.push(child);
    }
    return related;
  }
}
