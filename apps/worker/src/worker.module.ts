import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { httpHardeningSettingsFromEnv, loggerModuleParams } from '@stafett/auth';
import type { AppConfig } from '@stafett/platform';
import { coreModules } from '../../composition/src';

/** Runs the projections without serving HTTP, for deployments that scale the API separately. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, env: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        // The same redacting pino logger as the API, so the worker's lines follow the same rules.
        LoggerModule.forRoot(loggerModuleParams(httpHardeningSettingsFromEnv(env))),
        ...coreModules(config),
      ],
    };
  }
}
