import { Query } from '@nestjs/cqrs';
import type { IsoDate, Principal } from '@stafett/kernel';
import type { DueAndOverdue, EvaluationItem } from '../../../read-models/case-worklist/case-worklist.reader';

export type EvaluationsWorklist = { readonly unitId: string; readonly today: IsoDate; readonly withinDays: number } & DueAndOverdue<EvaluationItem>;

/** The caller's unit's measures with an evaluation due within `withinDays` (14 by default), or overdue. */
export class ListEvaluationsDueQuery extends Query<EvaluationsWorklist> {
  constructor(
    readonly principal: Principal,
    readonly withinDays?: number,
  ) {
    super();
  }
}
