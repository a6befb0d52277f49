import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { HttpHardeningModule, httpHardeningSettingsFromEnv, type HttpHardeningModuleOptions } from '@stafett/auth';
import { RequestFingerprinter } from '@stafett/identity';
import { BodylessRoutesInterceptor, IdempotencyInterceptor, REQUEST_FINGERPRINT, type AppConfig } from '@stafett/platform';
import { contextModules, coreModules } from '../../composition/src';
import { StreamsController } from './admin/streams.controller';
import { HealthModule } from './health/health.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation.pipe';
import { OrganisationAdminController } from './organisation/organisation-admin.controller';
import { ChildrenController } from './children/children.controller';
import { ConcernsController } from './concerns/concerns.controller';
import { ConsultationsController } from './concerns/consultations.controller';
import { PositiveObservationsController } from './concerns/positive-observations.controller';
import { WorklistsController } from './concerns/worklists.controller';
import { ConsentsController } from './consents/consents.controller';
import { ExpiringConsentsController } from './consents/expiring-consents.controller';
import { TimelineController } from './timeline/timeline.controller';
import { AccessReportController } from './timeline/access-report.controller';
import { ReportsController } from './reports/reports.controller';
import { IntakeWorklistsController } from './reports/intake-worklists.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { OidcClients } from './sign-in/oidc-clients';
import { DirectoryController } from './directory/directory.controller';

export interface AppModuleOptions {
  /** Where log lines go (stdout by default); tests capture them to prove no personal data is logged. */
  readonly logDestination?: HttpHardeningModuleOptions['logDestination'];
}

/** The HTTP API. In single-node mode it also runs the projections (RUN_PROJECTIONS). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, env: NodeJS.ProcessEnv, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Logging and rate limits first, so the rate limit is checked before any token.
        HttpHardeningModule.forRoot(httpHardeningSettingsFromEnv(env), { logDestination: options.logDestination }),
        ...coreModules(config),
        ...contextModules(config, env),
        HealthModule,
      ],
      controllers: [StreamsController, OrganisationAdminController, ChildrenController, WorklistsController, ConcernsController, ConsultationsController, PositiveObservationsController, ConsentsController, ExpiringConsentsController, TimelineController, AccessReportController, ReportsController, IntakeWorklistsController, SignInController, DirectoryController],
      providers: [
        OidcClients,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // In this order: a body a route does not take is refused before its Idempotency-Key is reserved.
        { provide: APP_INTERCEPTOR, useClass: BodylessRoutesInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        {
          provide: REQUEST_FINGERPRINT,
          inject: [RequestFingerprinter],
          useFactory: (fingerprinter: RequestFingerprinter) => (request: string) => fingerprinter.fingerprint(request),
        },
      ],
    };
  }
}
