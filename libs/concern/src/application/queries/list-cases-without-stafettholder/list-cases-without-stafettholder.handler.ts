import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseWorklistReader } from '../../../read-models/case-worklist/case-worklist.reader';
import { ParticipationInForce } from '../participation-in-force';
import { ListCasesWithoutStafettholderQuery, type WithoutStafettholderWorklist } from './list-cases-without-stafettholder.query';

/** A unit whose joining consent lapsed no longer takes part: the case leaves its lists (issue 10 item 3). */
@QueryHandler(ListCasesWithoutStafettholderQuery)
export class ListCasesWithoutStafettholderHandler implements IQueryHandler<ListCasesWithoutStafettholderQuery> {
  constructor(
    private readonly reader: CaseWorklistReader,
    private readonly participation: ParticipationInForce,
  ) {}

  async execute({ principal }: ListCasesWithoutStafettholderQuery): Promise<WithoutStafettholderWorklist> {
    return { unitId: principal.unitId, items: await this.participation.inForceOnly(principal.unitId, await this.reader.withoutStafettholder(principal.unitId)) };
  }
}
