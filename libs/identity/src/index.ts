// The public API of @stafett/identity. Test helpers (fast-check arbitraries, the in-memory key
// store) live under `national-id/testing` and `personal-data/testing` and are not exported here.
export * from './national-id';
export * from './personal-data';
