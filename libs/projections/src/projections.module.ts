import { Module } from '@nestjs/common';
import { PROJECTIONS } from './runtime/projection';
import { ProjectionHost } from './runtime/projection-host';
import { ProjectionStatusService } from './runtime/projection-status';
import { allProjections } from './projection-registry';

/** Every read model of the application. Context modules add theirs to the PROJECTIONS list. */
@Module({
  providers: [
    { provide: PROJECTIONS, useFactory: allProjections },
    ProjectionHost,
    ProjectionStatusService,
  ],
  exports: [PROJECTIONS, ProjectionStatusService],
})
export class ProjectionsModule {}
