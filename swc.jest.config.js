// The one swc configuration for code that runs without a build step: Jest's transform and the
// child processes tests start (test/support/ts-register.js). Legacy decorators and decorator
// metadata are what NestJS's dependency injection needs; CommonJS because Jest loads CommonJS.
module.exports = {
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
};
