// The public API of the concern context (issue 4): the BTI case as a pure decider, and the anonymous
// consultation. Test helpers under domain/testing are not exported here.

export * from './domain/concern.values';
export * from './domain/concern.rules';
export * from './domain/concern.commands';
export * from './domain/concern.events';
export * from './domain/concern.state';
export * from './domain/concern.context';
export * from './domain/concern.errors';
export * from './domain/concern.decide';
export * from './domain/consent-check.port';

export * from './domain/anonymous-consultation.commands';
export * from './domain/anonymous-consultation.events';
export * from './domain/anonymous-consultation.state';
export * from './domain/anonymous-consultation.decide';
export * from './domain/anonymous-consultation.errors';
