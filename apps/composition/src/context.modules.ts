import type { DynamicModule, Type } from '@nestjs/common';
import { AccessModule } from '@stafett/access';
import { AuthModule, authSettingsFromEnv, signInSettingsFromEnv } from '@stafett/auth';
import { ChildWelfareModule } from '@stafett/child-welfare';
import { CONSENT_CHECK, ConcernModule, ConcernRulesModule } from '@stafett/concern';
import { ConsentModule, RegisteredConsentCheck } from '@stafett/consent';
import { PersonalDataModule } from '@stafett/identity';
import { ChildrenModule, OrganisationDirectory, OrganisationModule } from '@stafett/organisation';
import type { AppConfig } from '@stafett/platform';

/**
 * The bounded contexts that serve the API's use cases, and which adapter serves which port: auth's
 * practitioner directory is the organisation's. Each context's read side is in read-side.ts.
 */
export function contextModules(config: AppConfig, env: NodeJS.ProcessEnv): Array<Type | DynamicModule> {
  return [
    OrganisationModule,
    AuthModule.forRoot({
      settings: authSettingsFromEnv({ ...env, DATA_DIR: config.dataDir }),
      practitionerDirectory: { useExisting: OrganisationDirectory },
      imports: [OrganisationModule],
      signIn: signInSettingsFromEnv(env),
    }),
    PersonalDataModule.forRoot({ env, mode: config.mode, dataDir: config.dataDir }),
    ChildrenModule,
    ConcernRulesModule.forRoot(env),
    ConcernModule.register({ imports: [ConsentModule], consentCheck: { provide: CONSENT_CHECK, useExisting: RegisteredConsentCheck } }),
    ConsentModule,
    AccessModule.forRoot(env),
    ChildWelfareModule,
  ];
}
