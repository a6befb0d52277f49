import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@stafett/platform';
import { coreModules } from '../../composition/src';

/** The product's core (composition root) without HTTP and without running projections: what operator commands act on. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: coreModules({ ...config, runProjections: false }) };
  }
}
