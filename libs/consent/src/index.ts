// The public API of the consent context (issue 5). Test helpers are not exported here.

export * from './domain/consent.values';
export * from './domain/consent.commands';
export * from './domain/consent.events';
export * from './domain/consent.state';
export * from './domain/consent.errors';
export * from './domain/consent.decide';
export * from './domain/consent-evaluation';
export { checkRecordConsentShape, isGrantorRef, MAX_GRANTEES, MAX_PROVISION_DEPTH } from './domain/consent.validation';

export * from './application/consent-request';
export * from './application/consent-child';
export * from './application/consent-ledger';
export * from './application/consent-commands.service';
export * from './application/consent-queries.service';
export * from './application/registered-consent-check';
export * from './consent.module';
export * from './read-models/consent-register/consent-register.projection';
export * from './read-models/consent-register/consent-register.reader';
export { CreateConsentRegister1732000000600 } from './read-models/migrations/1732000000600-create-consent-register';
export * from './domain/participation';
export * from './domain/guardian-health';
export * from './application/guardian-health.service';
export * from './application/case-participation.service';

// read side, for the composition root
export { consentReadSide } from './consent.read-side';
