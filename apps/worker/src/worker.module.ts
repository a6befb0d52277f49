import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule } from '@stafett/event-store';
import { PlatformModule, type AppConfig } from '@stafett/platform';
import { ProjectionsModule } from '@stafett/projections';

/** Runs the projections without serving HTTP, for deployments that scale the API separately. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config), EventStoreModule.forRoot(config.eventStore), ProjectionsModule],
    };
  }
}
