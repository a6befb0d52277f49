import { Module, type DynamicModule } from '@nestjs/common';
import { RebuildProjectionHandler } from './application/commands/rebuild-projection/rebuild-projection.handler';
import { RetryParkedEventsHandler } from './application/commands/retry-parked-events/retry-parked-events.handler';
import { ProjectionCatalogue } from './application/projection-catalogue';
import { ListProjectionsHandler } from './application/queries/list-projections/list-projections.handler';
import { ListStreamsHandler } from './application/queries/list-streams/list-streams.handler';
import { ProjectionNamesHandler } from './application/queries/projection-names/projection-names.handler';
import { PROJECTIONS, type Projection } from './runtime/projection';
import { ProjectionHost } from './runtime/projection-host';
import { ProjectionStatusService } from './runtime/projection-status';

export interface ProjectionsOptions {
  /** Every projection of the product, from the composition root. */
  readonly projections: readonly Projection[];
}

/**
 * The projection runtime over the composition root's list: runs them (ProjectionHost, when
 * `runProjections` is on), reports their status, and answers the operators' commands and queries.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(options: ProjectionsOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      global: true,
      providers: [
        { provide: PROJECTIONS, useValue: options.projections },
        ProjectionHost,
        ProjectionStatusService,
        ProjectionCatalogue,
        ProjectionNamesHandler,
        ListProjectionsHandler,
        RebuildProjectionHandler,
        RetryParkedEventsHandler,
        ListStreamsHandler,
      ],
      exports: [PROJECTIONS, ProjectionStatusService],
    };
  }
}
