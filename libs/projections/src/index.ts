export * from './runtime/projection';
export * from './runtime/read-side';
export * from './runtime/projection-rebuild';
export * from './stream-catalogue/stream-catalogue.projection';
export * from './stream-catalogue/stream-catalogue.query';
export { CreateStreamCatalogue1732000000001 } from './stream-catalogue/migrations/1732000000001-create-stream-catalogue';
export * from './runtime/projection-host';
export * from './runtime/projection-status';
export * from './projections.module';
export * from './projections.read-side';
export * from './parking/parked-events';
export * from './parking/retry-parked';
export { CreateProjectionParkedEvents1732000001000 } from './parking/migrations/1732000001000-create-projection-parked-events';

// Operators' commands and queries (the CLI and the admin API put them on the buses).
export { UnknownProjectionError } from './application/projection-catalogue';
export * from './application/queries/projection-names/projection-names.query';
export * from './application/queries/list-projections/list-projections.query';
export * from './application/queries/list-streams/list-streams.query';
export * from './application/commands/rebuild-projection/rebuild-projection.command';
export * from './application/commands/retry-parked-events/retry-parked-events.command';
