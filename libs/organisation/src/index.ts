// The public API of @stafett/organisation. Test helpers (decider-spec, fake protection) live under
// domain/testing and are not exported here.

// Organisation: events, commands, state, decider, queries, errors.
export { assertNever, type Decider, type DomainEvent } from '@stafett/kernel';
export { DomainError, FieldProblems, InvalidCommandError, type FieldProblem } from '@stafett/kernel';
export { isIsoDate, type IsoDate } from '@stafett/kernel';
export * from './domain/practitioner-role';
export * from './domain/organisation.events';
export * from './domain/organisation.commands';
export * from './domain/organisation.state';
export * from './domain/organisation.decide';
export * from './domain/organisation.queries';
export * from './domain/organisation.errors';
export { isKommunenummer, isEntityId } from './domain/organisation.validation';

// Children: registration with encrypted personal data.
export * from './domain/child.commands';
export * from './domain/child.events';
export * from './domain/child.state';
export * from './domain/child.decide';
export * from './domain/child.errors';
export { validateRegisterChild, MAX_GUARDIANS } from './domain/child.validation';
export type { ChildValidationContext, ValidChildRegistration } from './domain/child.validation';

// Configuration: service types and the start-up organisation file.
export * from './config/service-types';
export * from './config/organisation-config.types';
export * from './config/organisation-config.validator';
export * from './config/organisation-config.sync';
export * from './config/organisation-config.loader';

// Application and read side (NestJS).
export * from './organisation.module';
export * from './application/organisation-commands.service';
export * from './application/organisation-directory';
export * from './read-models/organisation-view/organisation-view.projection';
export * from './read-models/organisation-view/organisation-view.reader';
export { CreateOrganisationView1732000000200 } from './read-models/organisation-view/migrations/1732000000200-create-organisation-view';

// Children: use cases, access log, child index (NestJS).
export * from './children.module';
export * from './application/children/register-child.handler';
export * from './application/children/find-children.handler';
export * from './application/children/child-access';
export * from './application/children/child-request';
export * from './application/children/children.errors';
export * from './read-models/child-index/child-index.projection';
export * from './read-models/child-index/child-index.reader';
export type { ChildIndexRow } from './read-models/child-index/child-index.row';
export { CreateChildIndex1732000000300 } from './read-models/child-index/migrations/1732000000300-create-child-index';

// exported for consent/access (the disclosure module answers with a registration in clear)
export { revealChildRegistration, type RevealedChildRegistration } from './domain/child.reveal';
