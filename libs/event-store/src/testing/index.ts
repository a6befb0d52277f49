// Test helpers of the event store: the in-memory store (which passes the contract suite), fixtures,
// and the contract suite with its helpers (for specs: it uses Jest's globals).
export * from './in-memory-event-store';
export * from './event-fixtures';
export * from './event-store.contract';
