import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { HandoverItem } from '../../../read-models/case-worklist/case-worklist.reader';

export interface HandoversWorklist {
  readonly unitId: string;
  readonly items: HandoverItem[];
}

/** Handovers of the baton waiting for an answer, proposed by or to the caller's unit. */
export class ListHandoversWaitingQuery extends Query<HandoversWorklist> {
  constructor(readonly principal: Principal) {
    super();
  }
}
