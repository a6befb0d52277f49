// Test helpers of @stafett/concern, for specs in any library: `@stafett/concern/testing`.
export * from '../read-models/case-worklist/testing/case-worklist.fixtures';
