import { Injectable } from '@nestjs/common';
import type { Caller } from '@stafett/kernel';
import type { IndexedChild } from '../../read-models/child-index/child-index.reader';
import { FindChildrenHandler as FindChildrenQueryHandler } from '../queries/find-children/find-children.handler';
import { FindChildrenQuery } from '../queries/find-children/find-children.query';

/**
 * Transitional (issue 12): the disclosure module's FindRelatedChildrenHandler still injects this and
 * calls it the old way; it is to send `FindChildrenQuery` instead (the clock is the handler's own,
 * so `now` is not used), and then this file goes.
 */
@Injectable()
export class FindChildrenHandler {
  constructor(private readonly query: FindChildrenQueryHandler) {}

  execute(nationalId: string, caller: Caller, _now?: Date): Promise<IndexedChild[]> {
    return this.query.execute(new FindChildrenQuery(nationalId, caller));
  }
}
