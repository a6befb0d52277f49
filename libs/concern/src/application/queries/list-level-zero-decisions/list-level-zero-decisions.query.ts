import { Query } from '@nestjs/cqrs';
import type { IsoDate, Principal } from '@stafett/kernel';
import type { DueAndOverdue, LevelZeroDecisionItem } from '../../../read-models/case-worklist/case-worklist.reader';

export type LevelZeroDecisionsWorklist = { readonly unitId: string; readonly today: IsoDate } & DueAndOverdue<LevelZeroDecisionItem>;

/** The caller's unit's cases awaiting their level-0 decision, due and overdue on today's Norwegian date. */
export class ListLevelZeroDecisionsQuery extends Query<LevelZeroDecisionsWorklist> {
  constructor(readonly principal: Principal) {
    super();
  }
}
