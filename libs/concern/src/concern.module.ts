import { Module } from '@nestjs/common';
import { RecordConsultation } from './application/record-consultation.service';
import { OrganisationModule } from '../../organisation/src/organisation.module';
import { ConcernCaseStore } from './application/concern-case.store';
import { CONCERN_RULES, CONSENT_CHECK, ConcernCommands } from './application/concern-commands.service';
import { ConcernDirectory } from './application/concern-directory';
import { CONCERN_CLOCK, systemConcernClock } from './application/concern-request';
import { ReadConcernHandler } from './application/read-concern.handler';
import { DEFAULT_CONCERN_RULES } from './domain/concern.rules';
import { RegisteredConsentCheck } from '../../consent/src/application/registered-consent-check';

/**
 * The BTI case: commands and the participant's read. Needs the global providers of the event store,
 * the platform, `PersonalDataModule` (the vault) and `AuthModule` (MunicipalityAccess).
 *
 * CONSENT_CHECK is the consent register (libs/consent): a stafettlogg opens and a service joins only
 * on a consent in force that covers it, read from the consent streams at the moment of the command.
 * TODO(concern-rules): per-municipality rules from configuration; the defaults apply everywhere for now.
 */
@Module({
  imports: [OrganisationModule],
  providers: [
    ConcernCaseStore,
    ConcernCommands,
    ConcernDirectory,
    ReadConcernHandler,
    RecordConsultation,
    { provide: CONSENT_CHECK, useClass: RegisteredConsentCheck },
    { provide: CONCERN_RULES, useValue: DEFAULT_CONCERN_RULES },
    { provide: CONCERN_CLOCK, useValue: systemConcernClock },
  ],
  exports: [ConcernCommands, ConcernDirectory, ReadConcernHandler, RecordConsultation],
})
export class ConcernModule {}
