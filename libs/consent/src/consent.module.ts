import { Module } from '@nestjs/common';
import { ChildCasesReader } from '@stafett/concern';
import { OrganisationModule } from '@stafett/organisation';
import { CaseParticipation } from './application/case-participation';
import { RecordConsentHandler } from './application/commands/record-consent/record-consent.handler';
import { RecordHealthRestrictionHandler } from './application/commands/record-health-restriction/record-health-restriction.handler';
import { WithdrawConsentHandler } from './application/commands/withdraw-consent/withdraw-consent.handler';
import { ConsentChild } from './application/consent-child';
import { ConsentOrganisationAnswers } from './application/consent-organisation';
import { CONSENT_RULES } from './application/consent-request';
import { GuardianHealthRestrictions } from './application/guardian-health-restrictions';
import { ListExpiringConsentsHandler } from './application/queries/list-expiring-consents/list-expiring-consents.handler';
import { ListLapsedParticipationHandler } from './application/queries/list-lapsed-participation/list-lapsed-participation.handler';
import { RegisteredConsentCheck } from './application/registered-consent-check';
import { DEFAULT_CONSENT_RULES } from './domain/consent.values';

/**
 * Consents (issue 5): recording, withdrawal, the child's health restriction and the stafettholder's
 * worklists, as command and query handlers on the bus. Needs the global providers of the event store,
 * the platform (the DataSource, the clock) and `PersonalDataModule` (the vault, for the child's age);
 * the organisation (grantees, verifiers) and concern's read port of the child's cases (who may record).
 *
 * TODO(consent-rules): per-municipality rules from configuration; the defaults apply everywhere for now.
 */
@Module({
  imports: [OrganisationModule],
  providers: [
    ChildCasesReader,
    ConsentChild,
    ConsentOrganisationAnswers,
    GuardianHealthRestrictions,
    CaseParticipation,
    RegisteredConsentCheck,
    RecordConsentHandler,
    WithdrawConsentHandler,
    RecordHealthRestrictionHandler,
    ListExpiringConsentsHandler,
    ListLapsedParticipationHandler,
    { provide: CONSENT_RULES, useValue: DEFAULT_CONSENT_RULES },
  ],
  exports: [GuardianHealthRestrictions, CaseParticipation, ConsentChild, RegisteredConsentCheck, CONSENT_RULES],
})
export class ConsentModule {}
