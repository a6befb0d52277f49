import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CLOCK, systemClock } from '@stafett/kernel';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions, type MigrationClass } from './database/data-source.options';

export interface PlatformOptions {
  /** Every migration of the product, from the composition root (health reports pending ones). */
  readonly migrations: readonly MigrationClass[];
}

/**
 * The configuration, the clock, and the process's one TypeORM DataSource, whose pg pool the event
 * store and the personal-data key store share (docs/architecture.md, "TypeORM's role").
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, options.migrations, { poolSize: config.databasePoolSize }), migrationsRun: false })],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: systemClock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
