import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { CaseWorklistReader } from '../../../read-models/case-worklist/case-worklist.reader';
import { ListLevelZeroDecisionsQuery, type LevelZeroDecisionsWorklist } from './list-level-zero-decisions.query';

@QueryHandler(ListLevelZeroDecisionsQuery)
export class ListLevelZeroDecisionsHandler implements IQueryHandler<ListLevelZeroDecisionsQuery> {
  constructor(
    private readonly reader: CaseWorklistReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal }: ListLevelZeroDecisionsQuery): Promise<LevelZeroDecisionsWorklist> {
    const today = osloDate(this.clock.now());
    return { unitId: principal.unitId, today, ...(await this.reader.levelZeroDecisions(principal.unitId, today)) };
  }
}
