// Test helpers of the kernel: they use jest's `expect`, so only specs import them.
export * from './decider-spec';
