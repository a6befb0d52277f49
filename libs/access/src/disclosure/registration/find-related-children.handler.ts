import { Inject, Injectable } from '@nestjs/common';
import { FindChildrenHandler } from '@stafett/organisation/application/children/find-children.handler';
import type { IndexedChild } from '@stafett/organisation/read-models/child-index/child-index.reader';
import type { AccessRequest } from '../../access-log/child-access-log';
import { ACCESS_CLOCK, type AccessClock } from '../../timeline/timeline.ports';
import { mayReadRegistration } from '../relations/child-relation';
import { RELATION_SOURCE, type RelationSource } from '../relations/relation-source';

/**
 * Finds children by a national id, among those the caller has a relation to (issue 10 item 2): the
 * same relation that lets it read the registration. Any other child is left out exactly as if it
 * were not registered, so a search never tells that someone else is concerned about a child.
 */
@Injectable()
export class FindRelatedChildrenHandler {
  constructor(
    private readonly find: FindChildrenHandler,
    @Inject(RELATION_SOURCE) private readonly relations: RelationSource,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async execute(nationalId: string, request: AccessRequest): Promise<IndexedChild[]> {
    const now = this.clock.now();
    const candidates = await this.find.execute(nationalId, request, now);
    const related: IndexedChild[] = [];
    for (const child of candidates) {
      const context = await this.relations.of(request.principal, child.childId, now);
      if (context && mayReadRegistration(context.relation)) related.push(child);
    }
    return related;
  }
}
