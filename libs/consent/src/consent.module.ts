import { Module } from '@nestjs/common';
import { ConsentChild } from './application/consent-child';
import { ConsentCommands } from './application/consent-commands.service';
import { ConsentQueries } from './application/consent-queries.service';
import { CONSENT_CLOCK, CONSENT_RULES, systemConsentClock } from './application/consent-request';
import { RegisteredConsentCheck } from './application/registered-consent-check';
import { DEFAULT_CONSENT_RULES } from './domain/consent.values';

/**
 * Consents (issue 5): recording, withdrawal, the list and the expiry worklist. Needs the global
 * providers of the event store, the platform (the DataSource), `PersonalDataModule` (the vault, for
 * the child's age) and `AuthModule` (MunicipalityAccess).
 *
 * TODO(consent-rules): per-municipality rules from configuration; the defaults apply everywhere for now.
 */
@Module({
  providers: [
    ConsentChild,
    ConsentCommands,
    ConsentQueries,
    RegisteredConsentCheck,
    { provide: CONSENT_RULES, useValue: DEFAULT_CONSENT_RULES },
    { provide: CONSENT_CLOCK, useValue: systemConsentClock },
  ],
  exports: [ConsentCommands, ConsentQueries, RegisteredConsentCheck, CONSENT_RULES],
})
export class ConsentModule {}
