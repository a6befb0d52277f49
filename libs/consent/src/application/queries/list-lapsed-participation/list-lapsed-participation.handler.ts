import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CaseParticipation, type LapsedParticipantItem } from '../../case-participation';
import { ListLapsedParticipationQuery } from './list-lapsed-participation.query';

@QueryHandler(ListLapsedParticipationQuery)
export class ListLapsedParticipationHandler implements IQueryHandler<ListLapsedParticipationQuery> {
  constructor(private readonly participation: CaseParticipation) {}

  execute({ practitionerId }: ListLapsedParticipationQuery): Promise<LapsedParticipantItem[]> {
    return this.participation.forStafettholder(practitionerId);
  }
}
