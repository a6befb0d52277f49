import { Module } from '@nestjs/common';
import { ChildCasesReader } from '../../concern/src/application/child-cases.reader';
import { OrganisationModule } from '../../organisation/src/organisation.module';
import { ConsentChild } from './application/consent-child';
import { ConsentCommands } from './application/consent-commands.service';
import { ConsentQueries } from './application/consent-queries.service';
import { GuardianHealthRestrictions } from './application/guardian-health.service';
import { CaseParticipation } from './application/case-participation.service';
import { CONSENT_CLOCK, CONSENT_RULES, systemConsentClock } from './application/consent-request';
import { RegisteredConsentCheck } from './application/registered-consent-check';
import { DEFAULT_CONSENT_RULES } from './domain/consent.values';

/**
 * Consents (issue 5): recording, withdrawal, the list and the expiry worklist. Needs the global
 * providers of the event store, the platform (the DataSource) and `PersonalDataModule` (the vault, for
 * the child's age); the organisation (grantees, verifiers) and the child's cases (who may record).
 *
 * TODO(consent-rules): per-municipality rules from configuration; the defaults apply everywhere for now.
 */
@Module({
  imports: [OrganisationModule],
  providers: [
    ChildCasesReader,
    ConsentChild,
    ConsentCommands,
    ConsentQueries,
    GuardianHealthRestrictions,
    CaseParticipation,
    RegisteredConsentCheck,
    { provide: CONSENT_RULES, useValue: DEFAULT_CONSENT_RULES },
    { provide: CONSENT_CLOCK, useValue: systemConsentClock },
  ],
  exports: [ConsentCommands, ConsentQueries, GuardianHealthRestrictions, CaseParticipation, ConsentChild, RegisteredConsentCheck, CONSENT_RULES],
})
export class ConsentModule {}
