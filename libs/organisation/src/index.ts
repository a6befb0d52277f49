// The public API of @stafett/organisation. Test helpers are at `@stafett/organisation/testing`.

// Transitional (issue 12): kernel names other contexts still import from here; removed after the merge.
export { assertNever, type Decider, type DomainEvent } from '@stafett/kernel';
export { isIsoDate, type IsoDate } from '@stafett/kernel';

// Organisation: events, commands, state, decider, queries, refusals, service types, the configuration file.
export * from './domain/organisation.events';
export * from './domain/organisation.commands';
export * from './domain/organisation.state';
export * from './domain/organisation.decide';
export * from './domain/organisation.queries';
export * from './domain/organisation.refusals';
export * from './domain/organisation-overview';
export * from './domain/caller-directory';
export { isKommunenummer, isEntityId, checkDate, checkEntityId, checkKommunenummer, MAX_NAME_LENGTH } from './domain/organisation.validation';
export * from './domain/service-types';
export * from './domain/organisation-config.types';
export * from './domain/organisation-config.validator';
export * from './domain/organisation-config.sync';
export * from './infrastructure/organisation-config.loader';

// Children: registration with encrypted personal data, the access log's stream and purposes.
export * from './domain/child.commands';
export * from './domain/child.events';
export * from './domain/child.state';
export * from './domain/child.decide';
export * from './domain/child.reveal';
export * from './domain/child-access';
export { validateRegisterChild, MAX_GUARDIANS } from './domain/child.validation';
export type { ChildValidationContext, ValidChildRegistration } from './domain/child.validation';

// Use cases (CQRS commands and queries).
export * from './application/organisation-command-runner';
export * from './application/commands/register-municipality/register-municipality.command';
export * from './application/commands/register-service-unit/register-service-unit.command';
export * from './application/commands/start-unit-coverage/start-unit-coverage.command';
export * from './application/commands/end-unit-coverage/end-unit-coverage.command';
export * from './application/commands/register-practitioner/register-practitioner.command';
export * from './application/commands/change-practitioner-roles/change-practitioner-roles.command';
export * from './application/commands/register-child/register-child.command';
export * from './application/queries/show-organisation/show-organisation.query';
export * from './application/queries/show-caller/show-caller.query';
export * from './application/queries/show-directory/show-directory.query';
export * from './application/queries/find-children/find-children.query';
export { FindChildrenHandler } from './application/queries/find-children/find-children.handler';

// Modules, the practitioner directory (authentication's port) and the read side.
export * from './organisation.module';
export * from './children.module';
export * from './infrastructure/organisation-directory';
export * from './read-models/organisation-view/organisation-view.projection';
export * from './read-models/organisation-view/organisation-view.reader';
export { CreateOrganisationView1732000000200 } from './read-models/organisation-view/migrations/1732000000200-create-organisation-view';
export * from './read-models/child-index/child-index.projection';
export * from './read-models/child-index/child-index.reader';
export type { ChildIndexRow } from './read-models/child-index/child-index.row';
export { CreateChildIndex1732000000300 } from './read-models/child-index/migrations/1732000000300-create-child-index';

// read side, for the composition root
export { organisationReadSide } from './organisation.read-side';
// exported for consent/access (the disclosure module answers with a registration in clear)
export { revealChildRegistration, type RevealedChildRegistration } from './domain/child.reveal';
