import { Query } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { IndexedChild } from '../../../read-models/child-index/child-index.reader';

/** The children with this national id (the child's own, the mother's or a guardian's) in municipalities the caller serves. */
export class FindChildrenQuery extends Query<IndexedChild[]> {
  constructor(
    readonly nationalId: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
