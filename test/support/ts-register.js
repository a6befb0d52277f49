// Lets a test start a real child process from TypeScript sources (for fail-over and start-up
// tests) with the same swc settings as Jest, without a build step.
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const swcConfig = require('../../swc.jest.config');

const root = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const alias = /^@stafett\/([a-z-]+)(?:\/(.*))?$/.exec(request);
  if (alias) request = path.join(root, 'libs', alias[1], 'src', alias[2] ?? '');
  return resolveFilename.call(this, request, parent, ...rest);
};

require.extensions['.ts'] = function (module, filename) {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { ...swcConfig, filename });
  module._compile(code, filename);
};
