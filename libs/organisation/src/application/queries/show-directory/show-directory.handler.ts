import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, osloDate, type Clock } from '@stafett/kernel';
import { callerDirectory, type CallerDirectory } from '../../../domain/caller-directory';
import { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { ShowDirectoryQuery } from './show-directory.query';

@QueryHandler(ShowDirectoryQuery)
export class ShowDirectoryHandler implements IQueryHandler<ShowDirectoryQuery> {
  constructor(
    private readonly view: OrganisationViewReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caller }: ShowDirectoryQuery): Promise<Pick<CallerDirectory, 'units' | 'practitioners'>> {
    const { units, practitioners } = callerDirectory(await this.view.current(), caller.principal, osloDate(this.clock.now()));
    return { units, practitioners };
  }
}
