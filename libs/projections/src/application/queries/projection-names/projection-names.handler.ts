import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProjectionCatalogue } from '../../projection-catalogue';
import { ProjectionNamesQuery } from './projection-names.query';

@QueryHandler(ProjectionNamesQuery)
export class ProjectionNamesHandler implements IQueryHandler<ProjectionNamesQuery> {
  constructor(private readonly catalogue: ProjectionCatalogue) {}

  async execute(): Promise<string[]> {
    return this.catalogue.names();
  }
}
