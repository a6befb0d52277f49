// Jest cannot load the ESM-only NestJS 12 packages as they are: swc compiles our TypeScript
// and @nestjs's ESM to CommonJS with legacy decorators and decorator metadata.
const swcConfig = require('./swc.jest.config');

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(unit|int|e2e)\\.spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcConfig] },
  // oidc-provider, openid-client and oauth4webapi are ESM-only too (the web front's sign-in).
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose|oidc-provider|openid-client|oauth4webapi)/)'],
  moduleNameMapper: {
    '^@stafett/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@stafett/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
