import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { callerProfile, type CallerProfile } from '../../../domain/caller-directory';
import { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowCallerQuery } from './show-caller.query';

@QueryHandler(ShowCallerQuery)
export class ShowCallerHandler implements IQueryHandler<ShowCallerQuery> {
  constructor(
    private readonly view: OrganisationViewReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller }: ShowCallerQuery): Promise<CallerProfile> {
    return callerProfile(await this.view.current(), caller.principal, osloDate(this.clock.now()));
  }
}
