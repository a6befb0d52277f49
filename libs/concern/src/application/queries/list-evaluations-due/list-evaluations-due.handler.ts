import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { CaseWorklistReader } from '../../../read-models/case-worklist/case-worklist.reader';
import { ListEvaluationsDueQuery, type EvaluationsWorklist } from './list-evaluations-due.query';

const DEFAULT_EVALUATION_WINDOW_DAYS = 14;

@QueryHandler(ListEvaluationsDueQuery)
export class ListEvaluationsDueHandler implements IQueryHandler<ListEvaluationsDueQuery> {
  constructor(
    private readonly reader: CaseWorklistReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, withinDays = DEFAULT_EVALUATION_WINDOW_DAYS }: ListEvaluationsDueQuery): Promise<EvaluationsWorklist> {
    const today = osloDate(this.clock.now());
    return { unitId: principal.unitId, today, withinDays, ...(await this.reader.evaluations(principal.unitId, today, withinDays)) };
  }
}
