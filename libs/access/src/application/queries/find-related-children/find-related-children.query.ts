import { Query } from '@nestjs/cqrs';
import type { IndexedChild } from '@stafett/organisation';
import type { AccessRequest } from '../../../infrastructure/child-access-log';

/** Children with this national id that the caller has a relation to; any other is left out as if not registered. */
export class FindRelatedChildrenQuery extends Query<IndexedChild[]> {
  constructor(
    readonly nationalId: string,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
