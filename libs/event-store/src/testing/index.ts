// Test helpers of the event store: the in-memory store (which passes the contract suite) and fixtures.
export * from './in-memory-event-store';
export * from './event-fixtures';
