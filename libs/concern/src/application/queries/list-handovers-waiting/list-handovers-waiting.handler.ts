import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseWorklistReader } from '../../../read-models/case-worklist/case-worklist.reader';
import { ListHandoversWaitingQuery, type HandoversWorklist } from './list-handovers-waiting.query';

@QueryHandler(ListHandoversWaitingQuery)
export class ListHandoversWaitingHandler implements IQueryHandler<ListHandoversWaitingQuery> {
  constructor(private readonly reader: CaseWorklistReader) {}

  async execute({ principal }: ListHandoversWaitingQuery): Promise<HandoversWorklist> {
    return { unitId: principal.unitId, items: await this.reader.handoversWaiting(principal.unitId) };
  }
}
