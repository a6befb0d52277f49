// The composition root: which context modules, projections and migrations make the product, and
// which adapter serves which port. The API, the worker and the CLI all build on it.
export * from './core.modules';
export * from './context.modules';
export * from './read-side';
