// Test helpers of @stafett/identity, for specs in any library: `@stafett/identity/testing`.
export * from '../personal-data/testing/in-memory-child-key-store';
export * from '../national-id/testing/national-id.arbitraries';
