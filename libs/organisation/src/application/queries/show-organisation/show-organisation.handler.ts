import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { organisationOverview, type OrganisationOverview } from '../../../domain/organisation-overview';
import { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowOrganisationQuery } from './show-organisation.query';

@QueryHandler(ShowOrganisationQuery)
export class ShowOrganisationHandler implements IQueryHandler<ShowOrganisationQuery> {
  constructor(
    private readonly view: OrganisationViewReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ at }: ShowOrganisationQuery): Promise<OrganisationOverview> {
    return organisationOverview(await this.view.current(), at ?? osloDate(this.clock.now()));
  }
}
