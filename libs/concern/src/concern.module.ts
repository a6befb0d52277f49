import { Module, type DynamicModule } from '@nestjs/common';
import { RecordConsultationHandler } from './application/commands/record-consultation/record-consultation.handler';
import { RecordPositiveObservationHandler } from './application/commands/record-positive-observation/record-positive-observation.handler';
import { OrganisationModule } from '../../organisation/src/organisation.module';
import { ConcernCaseStore } from './application/concern-case.store';
import { CONCERN_RULES, CONSENT_CHECK, ConcernCommands } from './application/concern-commands.service';
import { ConcernDirectory } from './application/concern-directory';
import { CONCERN_CLOCK, systemConcernClock } from './application/concern-request';
import { concernRulesSourceFromEnv } from './domain/concern.rules';
import { RegisteredConsentCheck } from '../../consent/src/application/registered-consent-check';

/**
 * The BTI case: its commands. Reading a case is the disclosure module's (libs/access). Needs the global providers of the event store,
 * the platform, `PersonalDataModule` (the vault) and `AuthModule` (MunicipalityAccess).
 *
 * CONSENT_CHECK is the consent register (libs/consent): a stafettlogg opens and a service joins only
 * on a consent in force that covers it, read from the consent streams at the moment of the command.
 * CONCERN_RULES comes from ConcernRulesModule (per municipality, from the environment for now).
 */
@Module({
  imports: [OrganisationModule],
  providers: [
    ConcernCaseStore,
    ConcernCommands,
    ConcernDirectory,
    RecordConsultationHandler,
    RecordPositiveObservationHandler,
    { provide: CONSENT_CHECK, useClass: RegisteredConsentCheck },
    { provide: CONCERN_CLOCK, useValue: systemConcernClock },
  ],
  exports: [ConcernCommands, ConcernDirectory],
})
export class ConcernModule {}

/**
 * The case rules per municipality (CONCERN_RULES, a ConcernRulesSource), read once from the
 * environment: `CASE_LEADER_MAY_COORDINATE` (see concern.rules.ts). A module of its own so that the
 * composition root can build it from its env, as AccessModule.forRoot(env) does.
 */
@Module({})
export class ConcernRulesModule {
  static forRoot(env: NodeJS.ProcessEnv): DynamicModule {
    return { module: ConcernRulesModule, global: true, providers: [{ provide: CONCERN_RULES, useValue: concernRulesSourceFromEnv(env) }], exports: [CONCERN_RULES] };
  }
}
