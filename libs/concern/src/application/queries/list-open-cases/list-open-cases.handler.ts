import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseWorklistReader } from '../../../read-models/case-worklist/case-worklist.reader';
import { ParticipationInForce } from '../participation-in-force';
import { ListOpenCasesQuery, type OpenCasesWorklist } from './list-open-cases.query';

/** A unit whose joining consent lapsed no longer takes part: the case leaves its lists (issue 10 item 3). */
@QueryHandler(ListOpenCasesQuery)
export class ListOpenCasesHandler implements IQueryHandler<ListOpenCasesQuery> {
  constructor(
    private readonly reader: CaseWorklistReader,
    private readonly participation: ParticipationInForce,
  ) {}

  async execute({ principal }: ListOpenCasesQuery): Promise<OpenCasesWorklist> {
    const inForce = await this.participation.inForceOnly(principal.unitId, (await this.reader.openCases(principal.unitId)).items);
    const countsByLevel = { 0: 0, 1: 0, 2: 0, 3: 0 };
    for (const item of inForce) countsByLevel[item.level] += 1;
    return { unitId: principal.unitId, countsByLevel, items: inForce };
  }
}
