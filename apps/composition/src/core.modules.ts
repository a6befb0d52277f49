import type { DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@stafett/event-store';
import { PlatformModule, type AppConfig } from '@stafett/platform';
import { ProjectionsModule } from '@stafett/projections';
import { PRODUCT_MIGRATIONS, PRODUCT_PROJECTIONS } from './read-side';

/**
 * What every process of the product imports (the API, the worker and the CLI): configuration, clock
 * and the one DataSource with its one pool; the buses; the event store on that pool; the projection
 * runtime over every context's projections (it runs them only when `runProjections` is on).
 */
export function coreModules(config: AppConfig): DynamicModule[] {
  return [
    PlatformModule.forRoot(config, { migrations: PRODUCT_MIGRATIONS }),
    CqrsModule.forRoot(),
    EventStoreModule.forRoot(config.eventStore),
    ProjectionsModule.forRoot({ projections: PRODUCT_PROJECTIONS }),
  ];
}
