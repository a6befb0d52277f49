import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventStoreModule } from '@stafett/event-store';
import { PlatformModule, type AppConfig } from '@stafett/platform';
import { ProjectionsModule } from '@stafett/projections';
import { StreamsController } from './admin/streams.controller';
import { HealthModule } from './health/health.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation.pipe';

/** The HTTP API. In single-node mode it also runs the projections (RUN_PROJECTIONS). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config), EventStoreModule.forRoot(config.eventStore), ProjectionsModule, HealthModule],
      controllers: [StreamsController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
