// The public API of the concern context (issue 4): the BTI case as a pure decider, and the anonymous
// consultation. Test helpers under domain/testing are not exported here.

export * from './domain/concern.values';
export * from './domain/concern.rules';
export * from './domain/concern.commands';
export * from './domain/concern.events';
export * from './domain/concern.state';
export * from './domain/concern.context';
export * from './domain/concern.errors';
export * from './domain/concern-authority.errors';
export { lapsedParticipants } from './domain/decide/authority';
export * from './domain/concern.decide';
export * from './domain/consent-check.port';

export * from './domain/anonymous-consultation.commands';
export * from './domain/anonymous-consultation.events';
export * from './domain/anonymous-consultation.state';
export * from './domain/anonymous-consultation.decide';
export * from './domain/anonymous-consultation.errors';

// Application (NestJS): commands with encrypted free texts, the child's cases, the module. Reads of a
// case are the disclosure module's (libs/access).
export * from './application/concern-sensitive-fields';
export * from './application/concern-request';
export * from './application/concern-participation';
export * from './application/concern-commands.service';
export * from './application/concern-directory';
export * from './concern.module';
export * from './application/commands/record-consultation/record-consultation.command';
export * from './domain/case-relation';
export * from './application/child-cases.reader';
// exported for lysglimt (issue 12 item 11)
export * from './domain/positive-observation';
export * from './domain/positive-observation.errors';
export * from './application/commands/record-positive-observation/record-positive-observation.command';
