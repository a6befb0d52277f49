import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { HttpHardeningSettings } from './http-hardening.settings';
import { loggerModuleParams, type LineDestination } from '@stafett/platform';
import { throttlerModuleOptions } from '../throttling/throttler.options';
import { TokenThrottlerGuard } from '../throttling/token-throttler.guard';

export interface HttpHardeningModuleOptions {
  /** Where log lines go; stdout by default. Tests pass a memory stream to inspect them. */
  readonly logDestination?: LineDestination;
}

/**
 * The Nest-side half of the hardening: the redacting pino logger with request ids, and the
 * per-token rate limit as a global guard. Import it before AuthModule, so that the rate limit is
 * checked before any token is verified. The Express-side half is {@link applyHttpHardening}.
 */
@Module({})
export class HttpHardeningModule {
  static forRoot(settings: HttpHardeningSettings, options: HttpHardeningModuleOptions = {}): DynamicModule {
    return {
      module: HttpHardeningModule,
      imports: [
        LoggerModule.forRoot(loggerModuleParams(settings, options.logDestination)),
        ThrottlerModule.forRoot(throttlerModuleOptions(settings)),
      ],
      providers: [{ provide: APP_GUARD, useClass: TokenThrottlerGuard }],
    };
  }
}
