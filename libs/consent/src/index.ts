// The public API of the consent context (issue 5). Test helpers are not exported here.

// Domain: the vocabulary consents speak in, the decider, its refusals, and how consents cover.
export * from './domain/consent-vocabulary';
export * from './domain/consent.values';
export * from './domain/consent.commands';
export * from './domain/consent.events';
export * from './domain/consent.state';
export * from './domain/consent.refusals';
export * from './domain/consent.decide';
export * from './domain/consent-coverage';
export { coveringConsent, consentEffect, granteeMatches, timingOf, type CoverageWithReason, type NotCoveredReason } from './domain/consent-evaluation';
export { checkRecordConsentShape, isGrantorRef, MAX_GRANTEES, MAX_PROVISION_DEPTH } from './domain/consent.validation';
export * from './domain/guardian-health';

// Application: commands and queries on the bus, and what other contexts ask of consents.
export * from './application/commands/record-consent/record-consent.command';
export * from './application/commands/withdraw-consent/withdraw-consent.command';
export * from './application/commands/record-health-restriction/record-health-restriction.command';
export * from './application/queries/list-expiring-consents/list-expiring-consents.query';
export * from './application/queries/list-lapsed-participation/list-lapsed-participation.query';
export * from './application/consent-request';
export * from './application/consent-child';
export * from './application/consent-ledger';
export * from './application/participation';
export * from './application/registered-consent-check';
export * from './application/guardian-health-restrictions';
export * from './application/case-participation';
export * from './consent.module';

// Read side: the consent register.
export * from './read-models/consent-register/consent-register.projection';
export * from './read-models/consent-register/consent-register.reader';
export * from './domain/guardian-health';

// read side, for the composition root
export { consentReadSide } from './consent.read-side';
export { CreateConsentRegister1732000000600 } from './read-models/consent-register/migrations/1732000000600-create-consent-register';
