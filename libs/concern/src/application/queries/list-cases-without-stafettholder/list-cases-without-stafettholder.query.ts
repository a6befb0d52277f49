import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { CaseWithoutStafettholderItem } from '../../../read-models/case-worklist/case-worklist.reader';

export interface WithoutStafettholderWorklist {
  readonly unitId: string;
  readonly items: CaseWithoutStafettholderItem[];
}

/** The caller's unit's open cases that nobody holds the baton in. */
export class ListCasesWithoutStafettholderQuery extends Query<WithoutStafettholderWorklist> {
  constructor(readonly principal: Principal) {
    super();
  }
}
