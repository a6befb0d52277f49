// Test helpers of @stafett/organisation, for specs in any library: `@stafett/organisation/testing`.
export * from './children-world';
export * from './synthetic-national-ids';
export { admin, organisationWorld } from './organisation-world';
export * from '../domain/testing/fake-personal-data-protection';
